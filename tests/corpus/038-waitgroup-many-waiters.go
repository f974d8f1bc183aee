package main

import (
	"fmt"
	"sync"
)

func main() {
	var ready sync.WaitGroup
	var finished sync.WaitGroup
	ready.Add(1)
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		finished.Add(1)
		go func(n int) {
			defer finished.Done()
			ready.Wait()
			results[n] = fmt.Sprintf("waiter %d released", n)
		}(i)
	}
	fmt.Println("releasing")
	ready.Done()
	finished.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
