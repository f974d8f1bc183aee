package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	add := func(n int) {
		total += n
	}
	add(3)
	add(4)
	fmt.Println(total)

	var wg sync.WaitGroup
	var mu sync.Mutex
	msg := "before"
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		msg = msg + " and after"
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println(msg)

	fs := make([]func() int, 0)
	x := 1
	fs = append(fs, func() int { return x * 10 })
	x = 5
	fmt.Println(fs[0]())
}
