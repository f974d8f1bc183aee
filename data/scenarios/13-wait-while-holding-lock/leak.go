package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type cache struct {
	mu    sync.Mutex
	items map[string]int
}

// refresh loads every key in its own goroutine and waits for them all.
// It holds mu while it waits, and each loader needs mu to store what it
// loaded: the loaders wait for refresh, refresh waits for the loaders.
func (c *cache) refresh(keys []string) {
	c.mu.Lock()
	defer c.mu.Unlock()

	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.mu.Lock()
			c.items[key] = i + 1
			c.mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("refreshed", len(c.items), "keys")
}

func main() {
	c := &cache{items: map[string]int{}}
	go c.refresh([]string{"a", "b", "c"})

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
