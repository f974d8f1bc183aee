package main

import (
	"fmt"
	"time"
)

// Reports go through a buffer big enough for every tick that can come
// while the loop runs, and the senders give up when nobody listens.
func main() {
	reports := make(chan int)
	t := time.NewTicker(300 * time.Nanosecond)
	stop := make(chan bool)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case <-t.C:
				go func() {
					select {
					case reports <- 1:
					case <-quit:
					}
				}()
			case <-stop:
				return
			}
		}
	}()
	sum := 0
	for i := 0; i < 400; i++ {
		sum += i
	}
	t.Stop()
	stop <- true
	select {
	case <-reports:
	default:
	}
	close(quit)
	time.Sleep(time.Millisecond)
	fmt.Println(sum)
}
