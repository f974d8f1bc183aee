package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int, 100)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(10 * time.Millisecond)
		}
	}()
	go func() {
		for {
			time.Sleep(time.Hour)
		}
	}()
	time.Sleep(35 * time.Millisecond)
	fmt.Println("main returns; sleepers are killed, not leaked")
}
