package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *cache) get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) set(k, v string) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{m: make(map[string]string)}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.set(fmt.Sprint("k", i), fmt.Sprint("v", i))
		}(i)
	}
	wg.Wait()
	hits := 0
	for i := 0; i < 6; i++ {
		if _, ok := c.get(fmt.Sprint("k", i)); ok {
			hits++
		}
	}
	fmt.Println("hits:", hits)
}
