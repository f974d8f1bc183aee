package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() { <-block }()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
}
