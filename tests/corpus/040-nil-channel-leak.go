package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	var ch chan int
	go func() {
		ch <- 1
	}()
	go func() {
		<-ch
	}()
	time.Sleep(time.Second)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
