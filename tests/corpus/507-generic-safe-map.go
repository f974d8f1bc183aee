package main

import (
	"fmt"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	sync.Mutex
	m map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.Lock()
	defer s.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.Lock()
	defer s.Unlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Len() int {
	s.Lock()
	defer s.Unlock()
	return len(s.m)
}

type Counter[K comparable] struct {
	mu     sync.RWMutex
	counts map[K]int
}

func (c *Counter[K]) Inc(k K) {
	c.mu.Lock()
	c.counts[k]++
	c.mu.Unlock()
}

func (c *Counter[K]) Get(k K) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.counts[k]
}

func main() {
	hits := NewSafeMap[string, int]()
	words := []string{"a", "b", "a", "c", "a", "b"}
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Update(w, func(n int) int { return n + 1 })
		}()
	}
	wg.Wait()
	a, _ := hits.Get("a")
	_, ok := hits.Get("z")
	fmt.Println(a, ok, hits.Len())

	c := &Counter[int]{counts: map[int]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(i % 3)
		}()
	}
	wg.Wait()
	fmt.Println(c.Get(0), c.Get(1), c.Get(2))
}
