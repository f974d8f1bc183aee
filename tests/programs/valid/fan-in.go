package main

import (
	"fmt"
	"sync"
)

func producer(id, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- id*100 + i
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
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
	sum, count := 0, 0
	for v := range merge(producer(1, 3), producer(2, 4), producer(3, 2)) {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
