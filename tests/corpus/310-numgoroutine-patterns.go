package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			mu.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	fmt.Println("blocked on lock:", runtime.NumGoroutine())
	mu.Unlock()
	wg.Wait()
	fmt.Println("after unlock and wait:", runtime.NumGoroutine())
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			results <- i * i
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	time.Sleep(time.Millisecond)
	fmt.Println("sum", sum, "goroutines", runtime.NumGoroutine())
	stop := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-stop
		}()
	}
	started.Wait()
	fmt.Println("parked:", runtime.NumGoroutine())
	close(stop)
	time.Sleep(time.Millisecond)
	fmt.Println("after close:", runtime.NumGoroutine())
}
