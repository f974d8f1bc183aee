package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)

	go func() {
		n := 0
		for {
			select {
			case <-done:
				close(ticks)
				return
			case <-ticker.C:
				n++
				ticks <- n
			}
		}
	}()

	for n := range ticks {
		fmt.Println("tick", n)
		if n == 3 {
			ticker.Stop()
			done <- true
		}
	}
	fmt.Println("ticker stopped")
}
