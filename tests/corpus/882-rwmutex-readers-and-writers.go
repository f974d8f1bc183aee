package main

import (
	"fmt"
	"sync"
)

// Readers read a table under RLock while writers update it under Lock,
// thousands of times each; every read sees a consistent table (the two
// halves always agree).

type table struct {
	mu   sync.RWMutex
	a, b int
}

func main() {
	var t table
	var wg sync.WaitGroup
	var bad, reads sync.Mutex
	inconsistent, nreads := 0, 0
	for r := 0; r < 6; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				t.mu.RLock()
				ok := t.a == t.b
				t.mu.RUnlock()
				if !ok {
					bad.Lock()
					inconsistent++
					bad.Unlock()
				}
				reads.Lock()
				nreads++
				reads.Unlock()
			}
		}()
	}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1500; i++ {
				t.mu.Lock()
				t.a++
				t.b++
				t.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("a, b:", t.a, t.b)
	fmt.Println("reads:", nreads, "inconsistent:", inconsistent)
}
