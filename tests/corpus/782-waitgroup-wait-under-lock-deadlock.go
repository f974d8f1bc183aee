package main

import (
	"fmt"
	"sync"
)

// A kernel in the style of real blocking bugs: Close waits for the workers
// while holding the lock that each worker needs before it can finish.

type pool struct {
	mu    sync.Mutex
	wg    sync.WaitGroup
	count int
}

func (p *pool) work() {
	defer p.wg.Done()
	p.mu.Lock()
	p.count++
	p.mu.Unlock()
}

func (p *pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.wg.Wait()
	fmt.Println("closed with", p.count)
}

func main() {
	p := &pool{}
	p.mu.Lock()
	for i := 0; i < 2; i++ {
		p.wg.Add(1)
		go p.work()
	}
	p.mu.Unlock()
	p.Close()
}
