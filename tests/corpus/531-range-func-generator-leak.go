package main

import (
	"fmt"
	"iter"
	"time"
)

// lines reads records a producer goroutine sends on a channel and hands
// them out as an iterator.  When the loop stops early, yield returns
// false and the iterator returns: nobody receives any more, and the
// producer stays blocked on its send forever.
func lines(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		ch := make(chan string)
		go func() {
			for i := 0; i < n; i++ {
				ch <- fmt.Sprintf("record %d", i)
			}
			close(ch)
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
