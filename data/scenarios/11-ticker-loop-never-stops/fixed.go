package main

import (
	"fmt"
	"runtime"
	"time"
)

// heartbeat prints a beat on every tick of t, until done is closed: the
// loop has a way out that does not depend on the ticker.
func heartbeat(t *time.Ticker, done <-chan struct{}) {
	for {
		select {
		case <-t.C:
			fmt.Println("beat")
		case <-done:
			fmt.Println("heartbeat stopped")
			return
		}
	}
}

func main() {
	t := time.NewTicker(100 * time.Millisecond)
	done := make(chan struct{})
	go heartbeat(t, done)

	time.Sleep(350 * time.Millisecond)
	t.Stop()
	close(done)

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
