package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *Store) Add(k string, v int) {
	s.mu.Lock()
	s.data[k] += v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[string]int{}}
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				s.Add("total", 1)
				_ = s.Get("total")
				atomic.AddInt64(&ops, 2)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(s.Get("total"), atomic.LoadInt64(&ops))
}
