package main

import (
	"fmt"
	"sync"
)

func main() {
	left := make(chan int)
	right := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := <-right
		left <- v
	}()
	go func() {
		defer wg.Done()
		v := <-left
		right <- v
	}()
	fmt.Println("each goroutine waits for the other")
	wg.Wait()
}
