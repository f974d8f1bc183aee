package main

import (
	"fmt"
	"sync"
	"time"
)

// Two goroutines take the same two locks in opposite orders: when each
// holds its first lock, both wait for the other's forever.
func main() {
	var a, b sync.Mutex
	go func() {
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		b.Lock()
		a.Lock()
		a.Unlock()
		b.Unlock()
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
