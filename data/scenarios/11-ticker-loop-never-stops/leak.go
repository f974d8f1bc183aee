package main

import (
	"fmt"
	"runtime"
	"time"
)

// heartbeat prints a beat on every tick of t.  Its loop ends only when
// t.C is closed, and t.Stop() does not close t.C: after Stop no tick
// comes again, and the loop waits for one forever.
func heartbeat(t *time.Ticker) {
	for range t.C {
		fmt.Println("beat")
	}
	fmt.Println("heartbeat stopped")
}

func main() {
	t := time.NewTicker(100 * time.Millisecond)
	go heartbeat(t)

	time.Sleep(350 * time.Millisecond)
	t.Stop()

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
