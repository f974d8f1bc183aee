package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Server struct {
	running atomic.Bool
	hits    atomic.Int32
}

func main() {
	var stop atomic.Bool
	var wg sync.WaitGroup
	var count atomic.Int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() {
			count.Add(1)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	time.Sleep(55 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	fmt.Println("stopped", count.Load() > 0, stop.Load())
	s := &Server{}
	fmt.Println(s.running.CompareAndSwap(false, true), s.running.CompareAndSwap(false, true))
	fmt.Println(s.running.Swap(false), s.running.Load())
	s.hits.Add(3)
	fmt.Println(s.hits.Load())
}
