package main

import (
	"fmt"
	"sync"
	"time"
)

// A goroutine that computes without ever blocking must not stop the clock.
// The counter is shared under a mutex: without it the loop races with main,
// and Go may keep n in a register, so that main sees 0 ("done false").
func main() {
	var mu sync.Mutex
	n := 0
	go func() {
		for {
			mu.Lock()
			n++
			mu.Unlock()
		}
	}()
	time.Sleep(time.Second)
	mu.Lock()
	fmt.Println("done", n > 0)
	mu.Unlock()
}
