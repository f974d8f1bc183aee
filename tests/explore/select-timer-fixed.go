package main

import (
	"fmt"
	"time"
)

// A buffered answer: the worker can always send and exit, whoever wins.
func main() {
	ch := make(chan int, 1)
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
