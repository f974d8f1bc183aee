package main

import (
	"fmt"
	"time"
)

// A consumer selects over two buffered channels in a loop: most rounds
// find a case ready without parking, some find both empty and park, and
// the producers pause now and then (a sleep) so that the consumer's
// select goes from ready to parked and back in the middle of the loop.
func main() {
	a := make(chan int, 4)
	b := make(chan int, 3)
	go func() {
		for i := 1; i <= 3000; i++ {
			a <- i
			if i%500 == 0 {
				time.Sleep(time.Millisecond)
			}
		}
		close(a)
	}()
	go func() {
		for i := 1; i <= 2000; i++ {
			b <- 2 * i
			if i%700 == 0 {
				time.Sleep(2 * time.Millisecond)
			}
		}
		close(b)
	}()
	sumA, sumB, nA, nB := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			nA++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			nB++
		}
	}
	fmt.Println("a:", nA, sumA)
	fmt.Println("b:", nB, sumB)
}
