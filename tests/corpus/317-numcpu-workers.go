package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	workers := runtime.NumCPU()
	if workers > 4 {
		workers = 4
	}
	jobs := make(chan int, 100)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sum := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				sum += j
				mu.Unlock()
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println(sum, workers >= 1)
}
