package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	go func() {
		ticks := 0
		for range ticker.C {
			ticks++
			fmt.Println("Tick", ticks)
			if ticks == 3 {
				ticker.Stop()
				done <- true
				return
			}
		}
	}()
	<-done
	fmt.Println("Ticker stopped")
}
