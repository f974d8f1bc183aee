package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer func() {
		time.Sleep(time.Second)
		fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
	}()

	ch := make(chan struct{})
	go func() {
		<-ch // waits for a value that nobody sends
	}()
}
