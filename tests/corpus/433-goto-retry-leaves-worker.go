package main

import (
	"fmt"
	"sync"
)

// A retry loop written with goto starts a fresh worker on each attempt
// but only reads the answer of the last one: the earlier workers stay
// blocked on their sends, and main then waits for all of them.
type Fetcher struct {
	sync.WaitGroup
	answers chan int
}

func (f *Fetcher) attempt(n int) {
	defer f.Done()
	f.answers <- n
}

func main() {
	f := &Fetcher{answers: make(chan int)}
	tries := 0
retry:
	tries++
	f.Add(1)
	go f.attempt(tries)
	if tries < 3 {
		goto retry
	}
	fmt.Println("got an answer:", <-f.answers > 0)
	f.Wait()
}
