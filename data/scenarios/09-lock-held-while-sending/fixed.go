package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// counter tells a watcher about every change.  inc releases mu before it
// sends, so the watcher can always take mu (in get) to handle a change.
type counter struct {
	mu      sync.Mutex
	n       int
	changed chan int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	n := c.n
	c.mu.Unlock()
	c.changed <- n // sent after mu is released
}

func (c *counter) get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	c := &counter{changed: make(chan int)}
	go func() { // the watcher
		for n := range c.changed {
			fmt.Println("watcher: changed to", n)
			time.Sleep(10 * time.Millisecond) // handling a change takes a moment
			fmt.Println("watcher: counter reads", c.get())
		}
	}()
	go func() { // the incrementer
		defer close(c.changed)
		for i := 0; i < 3; i++ {
			c.inc()
		}
	}()

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
