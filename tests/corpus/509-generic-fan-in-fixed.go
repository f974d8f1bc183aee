package main

import (
	"fmt"
	"sync"
)

// Merge fans the values of every input channel into one, and stops
// forwarding when done is closed: a caller that wants only the first
// value closes done, and no forwarding goroutine is left blocked.
func Merge[T any](done <-chan struct{}, ins ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				select {
				case out <- v:
				case <-done:
					return
				}
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
	done := make(chan struct{})
	out := Merge(done, ins...)
	v := <-out
	close(done)
	for range out {
	}
	return v
}

func main() {
	v := FirstOf(Once("replica-a"), Once("replica-a"), Once("replica-a"))
	fmt.Println("first answer:", v)
}
