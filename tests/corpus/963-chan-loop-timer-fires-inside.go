package main

import (
	"fmt"
	"time"
)

// A goroutine sends and receives on its own buffered channel in a long
// loop that never parks, and polls a stop channel with select/default: a
// sleeper's timer comes due while the loop runs, the sleeper closes stop,
// and the loop sees it.
func main() {
	ch := make(chan int, 1)
	stop := make(chan struct{})
	go func() {
		time.Sleep(3 * time.Millisecond)
		close(stop)
	}()
	rounds := 0
	for {
		ch <- rounds
		v := <-ch
		if v != rounds {
			panic("wrong value")
		}
		rounds++
		select {
		case <-stop:
			fmt.Println("stopped after some rounds:", rounds > 0)
			return
		default:
		}
	}
}
