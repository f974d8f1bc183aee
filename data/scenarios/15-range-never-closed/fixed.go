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

	// The adder's range loop ends when results is closed, and main
	// closes it once every worker has sent its value.
	go func() {
		total := 0
		for r := range results {
			total += r
		}
		fmt.Println("total:", total)
	}()

	wg.Wait()
	fmt.Println("all workers done")
	close(results)

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
