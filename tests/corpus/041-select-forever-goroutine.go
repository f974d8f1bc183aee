package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		select {}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
