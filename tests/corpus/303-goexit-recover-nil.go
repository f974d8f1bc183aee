package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer func() {
		r := recover()
		results <- fmt.Sprint("worker ", id, " recover=", r)
	}()
	if id%2 == 0 {
		runtime.Goexit()
	}
	results <- fmt.Sprint("worker ", id, " finished")
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
		wg.Wait()
	}
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
