package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counters struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counters) Inc(name string) {
	c.Lock()
	defer c.Unlock()
	c.counts[name]++
}

func (c *Counters) Snapshot() map[string]int {
	c.Lock()
	defer c.Unlock()
	out := make(map[string]int, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
}

func main() {
	c := Counters{counts: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.Inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg.Wait()

	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
	fmt.Println(snap)
}
