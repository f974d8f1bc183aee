// Go 1.22 semantics: per-iteration loop variables (recorded with Go 1.23).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	gate := make(chan struct{})
	seen := make(chan int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			seen <- i
		}()
	}
	close(gate)
	wg.Wait()
	close(seen)
	sum := 0
	for v := range seen {
		sum += v
	}
	fmt.Println("sum", sum)
}
