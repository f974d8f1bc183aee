package main

import (
	"fmt"
	"iter"
	"sync"
)

// Jobs come from an iterator; the loop body hands each one to a worker
// pool over a channel, and the results come back through another
// iterator that drains the results channel.
func jobs(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type result struct{ worker, job, square int }

func drain(ch <-chan result) iter.Seq[result] {
	return func(yield func(result) bool) {
		for s := range ch {
			if !yield(s) {
				return
			}
		}
	}
}

func main() {
	in := make(chan int)
	out := make(chan result, 3)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- result{w, j, j * j}
			}
		}()
	}
	go func() {
		for j := range jobs(9) {
			in <- j
		}
		close(in)
		wg.Wait()
		close(out)
	}()
	total := 0
	seen := make([]bool, 10)
	for r := range drain(out) {
		total += r.square
		seen[r.job] = true
	}
	fmt.Println(seen)
	fmt.Println("total", total)
}
