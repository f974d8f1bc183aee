package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.L.Lock()
			for ready == 0 {
				c.Wait()
			}
			ready++
			c.L.Unlock()
		}()
	}
	mu.Lock()
	ready = 1
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)
}
