package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	delays := []int{300, 100, 500, 200, 400}
	out := make(chan int, len(delays))
	for _, d := range delays {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}(d)
	}
	wg.Wait()
	close(out)
	for ms := range out {
		fmt.Println("woke after", ms, "ms")
	}
}
