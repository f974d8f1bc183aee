package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
		}()
	}
	fmt.Println("waiting:", runtime.NumGoroutine())
	close(gate)
	wg.Wait()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("after:", runtime.NumGoroutine())
}
