package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() { // a worker
			defer wg.Done()
			results <- i * i
		}()
	}

	// The adder's range loop ends only when results is closed, and
	// nobody closes it: after the third value it waits forever.
	go func() {
		total := 0
		for r := range results {
			total += r
		}
		fmt.Println("total:", total)
	}()

	wg.Wait()
	fmt.Println("all workers done")

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
