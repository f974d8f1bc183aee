package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) {
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	worker(1, wg)
	fmt.Println("the copy was decremented, not wg")
	wg.Wait()
}
