package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(time.Second)
		slow <- "slow result"
	}()
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout after 500ms")
	}
	fast := make(chan string, 1)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fast <- "fast result"
	}()
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	start := time.Now()
	<-time.After(300 * time.Millisecond)
	fmt.Println(time.Since(start) >= 300*time.Millisecond)
}
