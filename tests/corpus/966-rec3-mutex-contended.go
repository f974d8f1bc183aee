package main

import (
	"fmt"
	"sync"
)

// Six workers share one counter under a Mutex; the main goroutine waits
// for them on a WaitGroup, then checks the total.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := make(map[int]int)
	total := 0
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				mu.Lock()
				total++
				counts[id]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total:", total)
	for w := 0; w < 6; w++ {
		fmt.Println("worker", w, counts[w])
	}
}
