package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stopped before firing:", t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop after firing:", t.Stop())

	timeout := time.After(30 * time.Millisecond)
	tick := time.NewTicker(8 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks before timeout:", n >= 2 && n <= 4)

	fired := make(chan string, 1)
	af := time.AfterFunc(5*time.Millisecond, func() { fired <- "after func ran" })
	fmt.Println(<-fired)
	fmt.Println("stop after run:", af.Stop())
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Round(time.Second), time.Duration(90)*time.Second)
}
