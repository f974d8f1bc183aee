package main

import (
	"fmt"
	"iter"
	"time"
)

// The fix of 531: the iterator tells the producer to stop when the loop
// ends early, by closing a done channel the producer selects on.
func lines(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		ch := make(chan string)
		done := make(chan struct{})
		defer close(done)
		go func() {
			defer close(ch)
			for i := 0; i < n; i++ {
				select {
				case ch <- fmt.Sprintf("record %d", i):
				case <-done:
					return
				}
			}
		}()
		i := 0
		for s := range ch {
			if !yield(i, s) {
				return
			}
			i++
		}
	}
}

func firstMatch(want string) (int, bool) {
	for i, s := range lines(10) {
		if s == want {
			return i, true
		}
	}
	return -1, false
}

func main() {
	fmt.Println(firstMatch("record 3"))
	fmt.Println(firstMatch("record 7"))
	for i, s := range lines(3) {
		fmt.Println(i, s)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
