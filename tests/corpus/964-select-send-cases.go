package main

import (
	"fmt"
	"sync"
)

// Send cases in a select loop: a distributor sends to whichever of two
// workers' buffered channels has room, parking when both are full and
// going on without parking while one has room; the workers close over
// results.  Ends with a send case on a closed channel, which panics.
func main() {
	w1 := make(chan int, 2)
	w2 := make(chan int, 5)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	work := func(in chan int) {
		defer wg.Done()
		s := 0
		for v := range in {
			s += v * v
		}
		results <- s
	}
	wg.Add(2)
	go work(w1)
	go work(w2)
	for i := 1; i <= 4000; i++ {
		select {
		case w1 <- i:
		case w2 <- i:
		}
	}
	close(w1)
	close(w2)
	wg.Wait()
	total := <-results + <-results
	fmt.Println("total:", total)
	select {
	case w1 <- 1:
	case <-results:
	}
}
