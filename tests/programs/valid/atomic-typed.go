package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	ready    atomic.Bool
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 100; c++ {
				s.requests.Add(1)
			}
			if i%10 == 0 {
				s.errors.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load())
	fmt.Println("errors:", s.errors.Load())

	fmt.Println("first swap:", s.ready.CompareAndSwap(false, true))
	fmt.Println("second swap:", s.ready.CompareAndSwap(false, true))
	fmt.Println("ready:", s.ready.Load())

	var winners atomic.Int32
	var once atomic.Bool
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if once.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load())
	old := s.requests.Swap(0)
	fmt.Println("swapped out:", old, "now:", s.requests.Load())
}
