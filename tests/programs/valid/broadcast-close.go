package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	fmt.Println("releasing all waiters")
	close(start)
	wg.Wait()
	sort.Ints(order)
	fmt.Println("released:", order)

	v, ok := <-start
	fmt.Println("receive from closed:", v, ok)

	cache := make(chan int, 3)
	cache <- 1
	cache <- 2
	close(cache)
	for v := range cache {
		fmt.Println("drained", v)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	close(cache)
}
