package main

import (
	"fmt"
	"sync"
)

// A worker takes the lock a thousand times and gives it back, then on
// its last round returns without Unlock: every other worker, and main
// waiting for them, blocks forever.

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	done := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			mu.Lock()
			done++
			if i == 999 {
				return // the Unlock is skipped
			}
			mu.Unlock()
		}
	}()
	wg.Wait()
	fmt.Println("first worker done:", done)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("never printed", done)
}
