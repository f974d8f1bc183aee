package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	results := make(chan int)
	for i := 0; i < 5; i++ {
		go func(n int) {
			results <- n
		}(i)
	}
	first := <-results
	fmt.Println("got one result:", first >= 0)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
