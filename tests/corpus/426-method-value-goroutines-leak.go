package main

import (
	"fmt"
	"sync"
)

// Workers started through a method value: each reports on the results
// channel while holding the pool's lock, but the collector stops reading
// after the first result, so the others stay blocked forever.
type Pool struct {
	sync.Mutex
	results chan int
	started int
}

func (p *Pool) work(id int) {
	p.Lock()
	defer p.Unlock()
	p.started++
	p.results <- id * id
}

func first(n int) int {
	p := &Pool{results: make(chan int)}
	start := p.work
	for i := 1; i <= n; i++ {
		go start(i)
	}
	return <-p.results
}

func main() {
	v := first(3)
	fmt.Println("first result is a square:", v == 1 || v == 4 || v == 9)
	var wg sync.WaitGroup
	done := wg.Done
	wg.Add(1)
	go func() {
		defer done()
	}()
	wg.Wait()
	fmt.Println("done")
}
