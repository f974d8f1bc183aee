package main

// Method values and expressions of the library's types: a typed atomic's
// Add handed to workers, CompareAndSwap, Store, a context's Done and Err.

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	up     atomic.Bool
	last   atomic.Value
}

func apply(n int, f func(int64) int64) {
	for i := 0; i < n; i++ {
		f(1)
	}
}

func main() {
	var s stats
	var wg sync.WaitGroup
	add := s.hits.Add
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			apply(250, add)
		}()
	}
	wg.Wait()
	load := s.hits.Load
	fmt.Println(load(), s.hits.Load())
	inc := s.misses.Add
	inc(3)
	cas := s.misses.CompareAndSwap
	fmt.Println(cas(3, 10), cas(3, 11), s.misses.Load())
	set := s.up.Store
	set(true)
	fmt.Println(s.up.Load())
	store := s.last.Store
	store("ok")
	fmt.Println(s.last.Load())
	loadFn := (*atomic.Int64).Load
	fmt.Println(loadFn(&s.hits))

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := ctx.Done
	errOf := ctx.Err
	<-done()
	fmt.Println(errOf())
}
