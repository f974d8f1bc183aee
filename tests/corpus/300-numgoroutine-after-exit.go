package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("started", runtime.NumGoroutine())
	wg.Wait()
	fmt.Println("after wait", runtime.NumGoroutine())
	done := make(chan struct{})
	go func() {
		done <- struct{}{}
	}()
	<-done
	fmt.Println("after recv", runtime.NumGoroutine())
	go func() {
		close(done)
	}()
	<-done
	fmt.Println("after close", runtime.NumGoroutine())
}
