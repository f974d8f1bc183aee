// Go 1.23's timers: Stop and Reset take back a time the timer sent that
// nobody received, so no stale value follows them; AfterFunc's Stop and
// Reset; a Ticker stopped and reset.
//
// The go:debug line asks for what a module of Go 1.23 gets by default
// (the recordings are built in GOPATH mode, whose default is the old
// buffered timer channel).

//go:debug asynctimerchan=0

package main

import (
	"fmt"
	"time"
)

func main() {
	// a timer that fired but was not received: Stop takes the value back
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stop after expiry, unreceived:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no stale value")
	}
	fmt.Println("stop again:", t.Stop())

	// Reset of an expired, unreceived timer: no value from before
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	start := time.Now()
	fmt.Println("reset:", t2.Reset(100*time.Millisecond))
	<-t2.C
	fmt.Println("fired after reset:", time.Since(start) >= 100*time.Millisecond)
	fmt.Println("reset after receive:", t2.Reset(20*time.Millisecond))
	<-t2.C
	fmt.Println("stop after receive:", t2.Stop())

	// AfterFunc's Stop
	done := make(chan bool, 1)
	af := time.AfterFunc(time.Hour, func() { done <- true })
	fmt.Println("afterfunc stop:", af.Stop(), af.Stop())
	af2 := time.AfterFunc(10*time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("afterfunc stop after run:", af2.Stop())
	fmt.Println("afterfunc reset after run:", af2.Reset(10*time.Millisecond))
	<-done
	fmt.Println("ran again")

	// a ticker stopped, reset and stopped
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	time.Sleep(30 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}
	tk.Reset(20 * time.Millisecond)
	<-tk.C
	fmt.Println("tick after reset")
	tk.Stop()
}
