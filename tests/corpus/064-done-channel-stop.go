package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(done <-chan struct{}, results chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-done:
			fmt.Println("worker stopping")
			return
		case results <- i:
		}
	}
}

func main() {
	done := make(chan struct{})
	results := make(chan int)
	go worker(done, results)
	for i := 0; i < 3; i++ {
		fmt.Println("result", <-results)
	}
	close(done)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
