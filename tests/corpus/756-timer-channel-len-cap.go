// Go 1.23's timer channels look unbuffered: len and cap are 0, even
// when the timer has fired and its time waits to be received. Plain
// channels keep their own len and cap.

//go:debug asynctimerchan=0

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("timer", len(t.C), cap(t.C))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("fired, not received", len(t.C), cap(t.C))
	<-t.C
	fmt.Println("received", len(t.C), cap(t.C))

	tk := time.NewTicker(5 * time.Millisecond)
	time.Sleep(12 * time.Millisecond)
	fmt.Println("ticker", len(tk.C), cap(tk.C))
	tk.Stop()

	after := time.After(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("after", len(after), cap(after))
	<-after

	ch := make(chan int, 3)
	ch <- 1
	fmt.Println("plain", len(ch), cap(ch))
	var nilch chan int
	fmt.Println("nil", len(nilch), cap(nilch))
}
