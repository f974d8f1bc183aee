package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// handle gives each request a context and a goroutine that cleans up
// when the context is cancelled.  Only the success path calls cancel: a
// failed request returns early, and its cleanup goroutine waits forever.
func handle(id int) error {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-ctx.Done()
		fmt.Println("request", id, "cleaned up")
	}()

	if id%2 == 0 {
		return fmt.Errorf("request %d: bad input", id)
	}
	cancel()
	return nil
}

func main() {
	for id := 1; id <= 4; id++ {
		err := handle(id)
		time.Sleep(10 * time.Millisecond) // the next request arrives
		if err != nil {
			fmt.Println(err)
		}
	}

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
