package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("goroutine got lock")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	mu.Lock()
	fmt.Println("main got lock again")
	mu.Unlock()
	<-done
}
