package main

import (
	"fmt"
	"sync"
	"time"
)

// Both take a before b: one waits for the other, never both.
func main() {
	var a, b sync.Mutex
	go func() {
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
