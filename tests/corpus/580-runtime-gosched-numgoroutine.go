// runtime.Gosched, NumGoroutine and GOMAXPROCS: a main that spins with
// Gosched until a worker sets a flag, and counts the goroutines it left
// blocked on a channel nobody closes (they leak).

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1, runtime.NumGoroutine())

	var ready atomic.Bool
	go func() {
		time.Sleep(5 * time.Millisecond)
		ready.Store(true)
	}()
	spins := 0
	for !ready.Load() {
		runtime.Gosched()
		spins++
	}
	fmt.Println("ready after spinning:", spins > 0)

	block := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() { <-block }()
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(2)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
}
