package main

import (
	"fmt"
	"sync"
	"time"
)

// Merge fans the values of every input channel into one.  The caller
// here wants only the first value and stops reading: the forwarding
// goroutines that still hold a value stay blocked on their send forever.
func Merge[T any](ins ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Once[T any](v T) <-chan T {
	ch := make(chan T, 1)
	ch <- v
	close(ch)
	return ch
}

func FirstOf[T any](ins ...<-chan T) T {
	return <-Merge(ins...)
}

func main() {
	v := FirstOf(Once("replica-a"), Once("replica-a"), Once("replica-a"))
	fmt.Println("first answer:", v)
	time.Sleep(10 * time.Millisecond) // the other answers never get read
}
