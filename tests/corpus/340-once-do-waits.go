package main

import (
	"fmt"
	"sync"
	"time"
)

// The first Do's function takes a while; a second goroutine's Do must
// wait for it and then see what it set up.
type config struct {
	once  sync.Once
	peers []string
}

func (c *config) load() {
	c.once.Do(func() {
		time.Sleep(10 * time.Millisecond)
		c.peers = []string{"a", "b", "c"}
	})
}

func main() {
	c := &config{}
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.load()
			results[i] = len(c.peers)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// A Do whose function panics is over too: later calls return at once.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("boom") })
	}()
	o.Do(func() { fmt.Println("not called") })
	fmt.Println("done")
}
