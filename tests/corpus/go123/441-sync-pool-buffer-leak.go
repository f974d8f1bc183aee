package main // Go 1.23 words for ../441-sync-pool-buffer-leak.go (wg.Go), on the same lines

import (
	"fmt"
	"sync"
)

type buffer struct {
	done chan struct{}
	data []int
}

// Buffers come from a sync.Pool; each worker signals on its buffer's done
// channel.  The last worker puts its buffer back before main waits on it,
// and main then takes a fresh buffer from New whose channel nobody closes.
var pool = sync.Pool{New: func() any { return &buffer{done: make(chan struct{})} }}

func main() {
	var mu sync.Mutex
	results := 0
	var wg sync.WaitGroup
	for i := range 3 {
		b := pool.Get().(*buffer)
		wg.Add(1); go func() { defer wg.Done()
			mu.Lock()
			results += i
			mu.Unlock()
			close(b.done)
		}()
		<-b.done
		wg.Wait()
		b.done = make(chan struct{})
		pool.Put(b)
	}
	fmt.Println("results", results)
	b := pool.Get().(*buffer)
	c := pool.Get().(*buffer)
	fmt.Println(b == c)
	go func() {
		close(b.done)
	}()
	<-b.done
	fmt.Println("first buffer done")
	<-c.done
}
