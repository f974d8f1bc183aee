package main

import (
	"fmt"
	"runtime"
	"time"
)

func fetch(id int) int {
	result := make(chan int)
	go func() {
		result <- id * 100
	}()
	if id%2 == 1 {
		return -1
	}
	return <-result
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println("fetch", i, "=", fetch(i))
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
