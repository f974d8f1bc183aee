package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Per-worker state in a slice of structs, each with its own Mutex and
// WaitGroup, reached as ws[i].mu and through &ws[i]; typed counters in
// an array updated with atomic.AddInt64(&counts[i], 1).

type worker struct {
	mu    sync.Mutex
	wg    sync.WaitGroup
	done  int
	items []int
}

func (w *worker) add(v int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.items = append(w.items, v)
	w.done++
}

func main() {
	ws := make([]worker, 3)
	var counts [3]int64
	for i := range ws {
		for j := 0; j < 4; j++ {
			ws[i].wg.Add(1)
			go func(w *worker, v int) {
				defer w.wg.Done()
				w.add(v)
				atomic.AddInt64(&counts[v%3], 1)
			}(&ws[i], i*10+j)
		}
	}
	for i := range ws {
		ws[i].wg.Wait()
		ws[i].mu.Lock()
		total := 0
		for _, v := range ws[i].items {
			total += v
		}
		fmt.Println("worker", i, "done", ws[i].done, "total", total)
		ws[i].mu.Unlock()
	}
	fmt.Println(counts, atomic.LoadInt64(&counts[0])+atomic.LoadInt64(&counts[1])+atomic.LoadInt64(&counts[2]))

	var slots [2]struct {
		mu sync.Mutex
		n  int
	}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &slots[i%2]
			s.mu.Lock()
			s.n++
			s.mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(slots[0].n, slots[1].n)
}
