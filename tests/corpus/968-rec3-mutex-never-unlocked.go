package main

import (
	"fmt"
	"sync"
	"time"
)

type cache struct {
	mu   sync.Mutex
	data map[string]int
}

// get forgets to unlock on the miss path: the next Lock waits forever.
func (c *cache) get(k string) (int, bool) {
	c.mu.Lock()
	v, ok := c.data[k]
	if !ok {
		return 0, false
	}
	c.mu.Unlock()
	return v, true
}

func main() {
	c := &cache{data: map[string]int{"a": 1, "b": 2}}
	sum := 0
	for i := 0; i < 100; i++ {
		v, _ := c.get("a")
		sum += v
	}
	_, ok := c.get("zz")
	fmt.Println("sum:", sum, "found zz:", ok)
	go func() {
		v, _ := c.get("b")
		fmt.Println("never printed", v)
	}()
	time.Sleep(time.Millisecond)
	var mu sync.Mutex
	n := 0
	for i := 0; i < 300; i++ {
		mu.Lock()
		n += i
		mu.Unlock()
	}
	fmt.Println("n:", n)
}
