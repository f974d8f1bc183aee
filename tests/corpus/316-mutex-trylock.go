package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first:", mu.TryLock())
	fmt.Println("second:", mu.TryLock())
	done := make(chan bool)
	go func() {
		if !mu.TryLock() {
			fmt.Println("goroutine: busy, waiting")
			mu.Lock()
		}
		fmt.Println("goroutine: got it")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	<-done
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	if mu.TryLock() {
		defer mu.Unlock()
		fmt.Println("locked at the end")
	}
}
