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
// It waits without holding mu, so each loader can take mu to store what
// it loaded; refresh takes mu only afterwards, to read the result.
func (c *cache) refresh(keys []string) {
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

	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Println("refreshed", len(c.items), "keys")
}

func main() {
	c := &cache{items: map[string]int{}}
	go c.refresh([]string{"a", "b", "c"})

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
