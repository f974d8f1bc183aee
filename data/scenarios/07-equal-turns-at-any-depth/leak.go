package main

import (
	"fmt"
	"runtime"
	"time"
)

// Each worker takes three turns, 300ms apart.  The one started by main,
// the one started one call deeper and the one started two calls deeper
// get exactly the same treatment: Go has no goroutine hierarchy.
func worker(depth int, finished chan<- int) {
	time.Sleep(time.Duration(depth) * 100 * time.Millisecond)
	for turn := 1; turn <= 3; turn++ {
		fmt.Println("depth", depth, "takes turn", turn)
		time.Sleep(300 * time.Millisecond)
	}
	finished <- depth
}

func level3(finished chan<- int) {
	go worker(3, finished)
}

func level2(finished chan<- int) {
	go worker(2, finished)
	level3(finished)
}

func main() {
	defer func() {
		time.Sleep(time.Second)
		fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
	}()

	finished := make(chan int)
	go worker(1, finished)
	level2(finished)

	// Only the first to finish is heard; the two started deeper are not
	// waited for, and stay blocked on their send, like any other goroutine.
	fmt.Println("first finished: depth", <-finished)
}
