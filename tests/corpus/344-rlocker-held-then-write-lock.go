package main

import (
	"fmt"
	"sync"
)

// A cache read-locks through RLocker and, still holding it, takes the
// write lock through a plain Locker of the same RWMutex: it waits for
// itself forever.
type cache struct {
	rw   sync.RWMutex
	data map[string]string
}

func (c *cache) getOrFill(key string) string {
	r := c.rw.RLocker()
	r.Lock()
	defer r.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	var w sync.Locker = &c.rw
	w.Lock()
	c.data[key] = "filled"
	w.Unlock()
	return c.data[key]
}

func main() {
	c := &cache{data: map[string]string{"a": "cached"}}
	fmt.Println(c.getOrFill("a"))
	fmt.Println(c.getOrFill("b"))
}
