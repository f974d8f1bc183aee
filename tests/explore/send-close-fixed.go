package main

import (
	"fmt"
	"time"
)

// The send waits in a select beside done: the close always frees it.
func main() {
	start := make(chan struct{})
	data := make(chan int)
	done := make(chan struct{})
	go func() {
		<-start
		select {
		case <-done:
			return
		case data <- 1:
		}
	}()
	go func() {
		<-start
		close(done)
	}()
	close(start)
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
