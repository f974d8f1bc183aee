package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	block := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
		fmt.Println("started", i, "now", runtime.NumGoroutine())
	}
	close(block)
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("all released, now", runtime.NumGoroutine())
}
