package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	stop := make(chan struct{})
	go func() {
		time.Sleep(200 * time.Millisecond)
		close(stop)
	}()
	polls := 0
loop:
	for {
		select {
		case <-stop:
			fmt.Println("stopped after polling:", polls > 0)
			break loop
		default:
			polls++
		}
	}
	var flag int32
	go func() {
		time.Sleep(50 * time.Millisecond)
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
	}
	fmt.Println("flag seen")
	msgs := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		msgs <- "hello"
	}()
	for {
		select {
		case m := <-msgs:
			fmt.Println("received", m)
			return
		default:
		}
	}
}
