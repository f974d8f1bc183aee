package main

import (
	"fmt"
	"sync"
)

// Waiters register a channel in a map under a lock; a reset clears the map
// with clear() before anyone is notified, so the waiters' channels are
// forgotten and they wait forever.  main returns without waiting for them.
func main() {
	var mu sync.Mutex
	pending := map[int]chan int{}
	var ready sync.WaitGroup
	for id := range 3 {
		ready.Add(1)
		go func() {
			ch := make(chan int)
			mu.Lock()
			pending[id] = ch
			mu.Unlock()
			ready.Done()
			fmt.Println("got", <-ch)
		}()
	}
	ready.Wait()
	mu.Lock()
	clear(pending)
	mu.Unlock()
	mu.Lock()
	for id, ch := range pending {
		ch <- id
	}
	fmt.Println("notified", len(pending), "largest id", max(0, len(pending)-1))
	mu.Unlock()
}
