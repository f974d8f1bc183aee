package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	setup := func() {
		calls++
		fmt.Println("setup runs once")
	}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(setup)
		}()
	}
	wg.Wait()
	once.Do(setup)
	fmt.Println("calls:", calls)
}
