package main

import (
	"fmt"
	"time"
)

type E struct{}

// The runtime calls Error in the panicking goroutine before it prints the
// panic: while it sleeps, the other goroutines run.
func (E) Error() string {
	time.Sleep(10 * time.Millisecond)
	return "slow error"
}

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("other", i)
			time.Sleep(time.Millisecond)
		}
	}()
	panic(E{})
}
