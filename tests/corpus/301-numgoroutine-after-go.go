package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	fmt.Println(runtime.NumGoroutine())
	close(done)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	go func() {}()
	fmt.Println(runtime.NumGoroutine())
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
