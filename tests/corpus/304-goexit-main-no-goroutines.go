package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Second)
		fmt.Println("worker done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
