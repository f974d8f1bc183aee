package main

import "fmt"

// A select with a default case polls in a loop: it takes the default
// while nothing is ready, a value when one is, and nil channels in its
// cases are never chosen.  The poller's loop does not park, so its time
// slice runs out in the middle of it and the producer gets its turns.
func main() {
	data := make(chan int, 8)
	done := make(chan struct{})
	var never chan int
	go func() {
		for i := 0; i < 40; i++ {
			data <- i
		}
		close(done)
	}()
	got, sum, idle := 0, 0, 0
	for got < 40 {
		select {
		case v := <-data:
			got++
			sum += v
		case v := <-never:
			panic(fmt.Sprint("a nil channel was chosen: ", v))
		case never <- 1:
			panic("a send on a nil channel was chosen")
		default:
			idle++
		}
	}
	<-done
	// after the producer is done, only the default can fire
	for i := 0; i < 100; i++ {
		select {
		case <-data:
			panic("no value is left")
		case <-never:
			panic("nil")
		default:
		}
	}
	fmt.Println("got", got, "sum", sum, "idle at least zero:", idle >= 0)
}
