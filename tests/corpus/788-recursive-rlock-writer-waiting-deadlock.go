package main

import (
	"fmt"
	"sync"
	"time"
)

// A kernel in the style of real blocking bugs: a reader takes the read lock
// twice; between the two, a writer asks for the lock.  The writer waits for
// the first read lock, and the second RLock waits behind the writer.

type config struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (c *config) get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.vals[k]
}

func (c *config) dump() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	time.Sleep(20 * time.Millisecond)
	return "a=" + c.get("a")
}

func main() {
	c := &config{vals: map[string]string{"a": "1"}}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println(c.dump())
	}()
	go func() {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		c.mu.Lock()
		c.vals["a"] = "2"
		c.mu.Unlock()
	}()
	wg.Wait()
	fmt.Println("done")
}
