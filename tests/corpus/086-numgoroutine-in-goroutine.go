package main

import (
	"fmt"
	"runtime"
)

func main() {
	counts := make(chan int)
	release := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() {
			<-release
		}()
	}
	go func() {
		counts <- runtime.NumGoroutine()
	}()
	fmt.Println("seen from a goroutine:", <-counts)
	close(release)
}
