package main

import (
	"fmt"
	"sync"
)

func main() {
	in := make(chan int)
	out := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range in {
				out <- n * n
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	go func() {
		for i := 1; i <= 10; i++ {
			in <- i
		}
		close(in)
	}()
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
	}
	fmt.Println(count, "squares, sum", sum)
}
