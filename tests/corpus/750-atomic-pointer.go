package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A configuration swapped in by one goroutine while others read it
// through atomic.Pointer[T]: zero value nil, Load, Store, Swap,
// CompareAndSwap, as a struct field and behind a pointer.

type Config struct {
	Name    string
	Workers int
}

type Server struct {
	mu   sync.Mutex
	conf atomic.Pointer[Config]
	hits atomic.Int64
}

func (s *Server) handle(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	c := s.conf.Load()
	if c == nil {
		fmt.Println("worker", id, "no config")
		return
	}
	s.hits.Add(int64(c.Workers))
}

func main() {
	var p atomic.Pointer[int]
	fmt.Println(p.Load() == nil)
	x, y := 1, 2
	p.Store(&x)
	fmt.Println(*p.Load())
	old := p.Swap(&y)
	fmt.Println(*old, *p.Load())
	fmt.Println(p.CompareAndSwap(&x, &x), *p.Load())
	fmt.Println(p.CompareAndSwap(&y, &x), *p.Load())
	*p.Load() = 7
	fmt.Println(x)

	arr := []int{10, 20}
	var q atomic.Pointer[int]
	q.Store(&arr[1])
	fmt.Println(q.CompareAndSwap(&arr[1], &arr[0]), *q.Load())

	s := &Server{}
	var wg sync.WaitGroup
	wg.Add(1)
	go s.handle(0, &wg)
	wg.Wait()
	first := &Config{Name: "a", Workers: 2}
	if s.conf.CompareAndSwap(nil, first) {
		fmt.Println("installed", s.conf.Load().Name)
	}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go s.handle(i, &wg)
	}
	prev := s.conf.Swap(&Config{Name: "b", Workers: 5})
	fmt.Println("replaced", prev.Name, prev == first)
	wg.Wait()
	fmt.Println("hits", s.hits.Load() >= 6, s.conf.Load().Name)

	ps := new(atomic.Pointer[Config])
	fmt.Println(ps.Load() == nil, ps.CompareAndSwap(first, first))
	ps.Store(first)
	fmt.Println(ps.Load() == first, ps.Load().Workers)
}
