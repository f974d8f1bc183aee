package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type config struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *config) get(key string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[key]
}

// describe read-locks, then calls get, which read-locks again.  A writer
// that asks for the lock in between blocks new readers, this second
// RLock too, and waits itself for describe's first RLock to be released.
func (c *config) describe() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	time.Sleep(10 * time.Millisecond) // formatting takes a moment
	return c.get("name") + "@" + c.get("host")
}

func (c *config) set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = value
}

func main() {
	c := &config{m: map[string]string{"name": "db", "host": "10.0.0.1"}}
	go func() {
		fmt.Println("config:", c.describe())
	}()
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("updating host")
		c.set("host", "10.0.0.2")
	}()

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
