package main

import (
	"fmt"
	"time"
)

// The worker's answer races the timeout: when the timeout wins, nobody
// ever receives the answer and the worker blocks forever on its send.
func main() {
	ch := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 300; i++ {
			sum += i
		}
		ch <- sum
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v > 0)
	case <-time.After(200 * time.Nanosecond):
		fmt.Println("timeout")
	}
	time.Sleep(time.Millisecond)
}
