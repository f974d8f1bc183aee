package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Workers take the lock with TryLock, yielding when it is taken, until
// each has had it 500 times; a plain Lock user runs beside them.  How
// often TryLock failed depends on the schedule; the totals do not.

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := 0
			for got < 500 {
				if mu.TryLock() {
					counter++
					got++
					mu.Unlock()
				} else {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			mu.Lock()
			counter += 2
			mu.Unlock()
		}
	}()
	wg.Wait()
	fmt.Println("counter:", counter)
	if mu.TryLock() {
		fmt.Println("free at the end")
		mu.Unlock()
	}
}
