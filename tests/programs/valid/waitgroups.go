package main

import (
	"fmt"
	"sync"
	"time"
)

// gorolanes:unordered-output

func worker(id int) {
	fmt.Printf("Worker %d starting\n", id)
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("Worker %d done\n", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(i)
		}()
	}
	wg.Wait()
}
