package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := []int{3, 1, 4, 1, 5, 9}
	out := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Add(1)
		go func(idx, v int) {
			defer wg.Done()
			out[idx] = v * v
		}(i, n)
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println(len(out), out[5])
}
