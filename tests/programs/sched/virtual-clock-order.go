package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Second)
			fmt.Println("woke", d)
		}(d)
	}
	wg.Wait()
	fmt.Println("all done")
}
