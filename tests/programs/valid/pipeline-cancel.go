package main

import (
	"fmt"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6)
	c1 := sq(done, in)
	c2 := sq(done, in)
	sum := 0
	for n := range merge(done, c1, c2) {
		sum += n
	}
	fmt.Println("sum of squares:", sum)

	done2 := make(chan struct{})
	out := sq(done2, sq(done2, gen(done2, 2, 3, 4)))
	fmt.Println("first:", <-out)
	close(done2)
	for range out {
	}
	fmt.Println("pipeline cancelled")
	close(done)
}
