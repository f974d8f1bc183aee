package main

import (
	"fmt"
	"sync"
	"time"
)

// A Lock that is never released: the waiter stays blocked.  The last
// goroutine that could have unlocked it drops its pointer half-way
// through a loop of uncontended Locks of a Mutex of its own, and from
// that step on nobody can: the waiter is blocked forever.
func main() {
	held := new(sync.Mutex)
	held.Lock()
	done := make(chan int)
	go func(m *sync.Mutex) {
		m.Lock()
		fmt.Println("never printed")
	}(held)
	time.Sleep(time.Millisecond)
	go func(m *sync.Mutex) {
		var mu sync.Mutex
		n := 0
		for i := 0; i < 400; i++ {
			mu.Lock()
			if i == 200 {
				m = nil
			}
			n++
			mu.Unlock()
		}
		fmt.Println("dropped:", m == nil)
		done <- n
	}(held)
	held = nil
	fmt.Println("rounds:", <-done)
}
