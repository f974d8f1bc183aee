package main

import (
	"fmt"
	"time"
)

// The only goroutine that holds the channel keeps it across its sleeps,
// then exits: from that step the receiver can never be woken.
func main() {
	ch := make(chan int)
	go func(c chan int) {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Millisecond)
			if c == nil {
				panic("nil")
			}
		}
	}(ch)
	go func(c chan int) { <-c }(ch)
	ch = nil
	time.Sleep(20 * time.Millisecond)
	fmt.Println("end")
}
