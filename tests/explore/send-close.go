package main

import (
	"fmt"
	"time"
)

// The producer checks done, then sends; the consumer gives up and closes
// done.  When the check comes first, the send is never taken.
func main() {
	start := make(chan struct{})
	data := make(chan int)
	done := make(chan struct{})
	go func() {
		<-start
		select {
		case <-done:
			return
		default:
		}
		data <- 1
	}()
	go func() {
		<-start
		close(done)
	}()
	close(start)
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
