package main

import (
	"fmt"
	"sync"
)

type E struct{ ch chan string }

// Error waits for a message: the goroutine that formats blocks, the
// others run.
func (e E) Error() string { return "got " + <-e.ch }

func main() {
	e := E{make(chan string)}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var err error = e
		fmt.Println("error:", err)
	}()
	fmt.Println("main sends")
	e.ch <- "hello"
	wg.Wait()
	fmt.Println("done")
}
