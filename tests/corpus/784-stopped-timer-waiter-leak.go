package main

import (
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: the watchdog goroutine waits
// on a timer's channel, but the timer is stopped before it fires; Stop
// does not close the channel, so the goroutine waits forever.

func main() {
	t := time.NewTimer(time.Hour)
	go func() {
		<-t.C
		fmt.Println("watchdog fired")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
