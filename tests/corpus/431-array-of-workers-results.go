package main

import (
	"fmt"
	"sync"
)

// Workers write into their own slot of a fixed array of results through
// a pointer to it; a copy of the array taken before Wait returns is a
// snapshot, not the results.  Arrays sent on a channel are copies; the
// sender then waits on a channel nobody reads.
type Results [4]int

func main() {
	var res Results
	var wg sync.WaitGroup
	p := &res
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p[i] = (i + 1) * 10
		}()
	}
	before := res
	wg.Wait()
	fmt.Println(len(before), res, res == Results{10, 20, 30, 40})
	out := make(chan [2]int, 1)
	out <- [2]int{1, 2}
	done := make(chan bool)
	go func() {
		pair := [2]int{res[0], res[3]}
		out <- pair
		done <- true
	}()
	first := <-out
	first[0] = 99
	fmt.Println(first)
}
