package main

import (
	"fmt"
	"sync"
)

// sync values written as composite literals: as values, in struct
// literals, with & and at package level.
type store struct {
	mu   sync.Mutex
	rw   sync.RWMutex
	data map[string]int
}

var setup = sync.Once{}

func worker(id int, wg *sync.WaitGroup, s *store) {
	defer wg.Done()
	setup.Do(func() { fmt.Println("setup") })
	s.mu.Lock()
	s.data["hits"]++
	s.mu.Unlock()
	s.rw.RLock()
	_ = s.data["hits"]
	s.rw.RUnlock()
}

func main() {
	s := &store{mu: sync.Mutex{}, rw: sync.RWMutex{}, data: map[string]int{}}
	wg := &sync.WaitGroup{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, wg, s)
	}
	wg.Wait()
	fmt.Println("hits:", s.data["hits"])

	mu := sync.Mutex{}
	var total int
	inner := sync.WaitGroup{}
	for i := 1; i <= 4; i++ {
		inner.Add(1)
		go func(n int) {
			defer inner.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	inner.Wait()
	fmt.Println("total:", total)

	once := sync.Once{}
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("first only") })
	}

	p := &sync.Mutex{}
	p.Lock()
	fmt.Println("trylock while held:", p.TryLock())
	p.Unlock()
	fmt.Println("trylock when free:", p.TryLock())

	rw := &sync.RWMutex{}
	rw.RLock()
	fmt.Println("tryrlock beside a reader:", rw.TryRLock())
	fmt.Println("trylock beside readers:", rw.TryLock())

	locks := []*sync.Mutex{{}, {}}
	locks[0].Lock()
	fmt.Println("slice of &Mutex{}:", locks[0].TryLock(), locks[1].TryLock())
}
