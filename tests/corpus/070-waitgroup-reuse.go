package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for phase := 1; phase <= 3; phase++ {
		for i := 0; i < phase*2; i++ {
			wg.Add(1)
			go func(n int) {
				defer wg.Done()
				mu.Lock()
				total += n
				mu.Unlock()
			}(phase)
		}
		wg.Wait()
		fmt.Println("after phase", phase, "total", total)
	}
}
