// Waiting for a result with a timeout: time.After in a loop, and one
// time.NewTimer stopped and reset for every attempt.  A slow worker that
// lost the race keeps its unbuffered result channel: it leaks, blocked on
// its send forever.

package main

import (
	"fmt"
	"time"
)

func work(d time.Duration, v int) <-chan int {
	ch := make(chan int)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func withAfter(d time.Duration, v int) string {
	select {
	case r := <-work(d, v):
		return fmt.Sprint("after: got ", r)
	case <-time.After(300 * time.Millisecond):
		return fmt.Sprint("after: timeout waiting for ", v)
	}
}

func main() {
	fmt.Println(withAfter(10*time.Millisecond, 1))
	fmt.Println(withAfter(time.Second, 2))

	t := time.NewTimer(time.Hour)
	for i, d := range []time.Duration{10, 1000, 20} {
		if !t.Stop() {
			fmt.Println("timer was not running")
		}
		t.Reset(300 * time.Millisecond)
		select {
		case r := <-work(d*time.Millisecond, 10+i):
			fmt.Println("timer: got", r)
		case <-t.C:
			fmt.Println("timer: timeout on attempt", i)
		}
	}
	fmt.Println("stopped:", t.Stop())
	time.Sleep(1500 * time.Millisecond)
}
