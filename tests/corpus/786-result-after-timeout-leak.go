package main

import (
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: the caller gives up after a
// timeout, and the worker's send on the unbuffered result channel is never
// received.

func query() (string, error) {
	result := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		result <- "rows"
	}()
	select {
	case r := <-result:
		return r, nil
	case <-time.After(10 * time.Millisecond):
		return "", fmt.Errorf("query timed out")
	}
}

func main() {
	_, err := query()
	fmt.Println(err)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main returns")
}
