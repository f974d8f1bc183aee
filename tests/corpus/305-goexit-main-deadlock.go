package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("waiting")
		<-ch
	}()
	defer fmt.Println("main defer")
	runtime.Goexit()
}
