package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// A pipeline embeds its WaitGroup; the consumer returns at the first bad
// item, and the producer stays blocked on its unbuffered send forever.
type Pipeline struct {
	sync.WaitGroup
	items chan int
}

func (p *Pipeline) produce(n int) {
	defer p.Done()
	for i := 0; i < n; i++ {
		p.items <- i
	}
	close(p.items)
}

func (p *Pipeline) consume() (int, error) {
	sum := 0
	for v := range p.items {
		if v == 3 {
			return sum, errors.New("bad item 3")
		}
		sum += v
	}
	return sum, nil
}

func run() {
	p := &Pipeline{items: make(chan int)}
	p.Add(1)
	go p.produce(10)
	sum, err := p.consume()
	fmt.Println(sum, err)
}

func main() {
	run()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
