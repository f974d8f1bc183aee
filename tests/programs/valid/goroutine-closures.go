package main

import (
	"fmt"
	"sync"
)

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("goroutine %d saw i=%d", i, i)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	next := counter()
	var mu sync.Mutex
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			next()
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("counter after 10 goroutines:", next()-1)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
