package main

import (
	"fmt"
	"time"
)

// A worker sleeps before it sends; main returns first.  The receiver is
// still blocked when main returns, but nothing proves it was blocked
// forever: the sleeper would have woken it.  The second receiver waits
// on a channel nobody else holds: blocked forever, proven while main
// still runs.
func main() {
	results := make(chan int)
	go func() {
		time.Sleep(time.Second)
		results <- 42
	}()
	go func() {
		fmt.Println("got", <-results)
	}()
	go func() {
		lost := make(chan int)
		<-lost
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
