package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(10 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}

	bursty := make(chan bool, 3)
	for i := 0; i < 3; i++ {
		bursty <- true
	}
	go func() {
		for range time.Tick(10 * time.Millisecond) {
			bursty <- true
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	for req := range burstyRequests {
		<-bursty
		fmt.Println("bursty request", req)
	}
}
