package main

import (
	"fmt"
	"runtime"
	"time"
)

// An actor reads commands of several types from one channel and decides
// with a type switch; a stop command ends it, and a sender that comes
// after the stop waits on the unbuffered channel forever.
type add struct{ n int }
type get struct{ reply chan int }
type stop struct{}

func actor(cmds chan any) {
	total := 0
	for cmd := range cmds {
		switch c := cmd.(type) {
		case add:
			total += c.n
		case get:
			c.reply <- total
		case stop, nil:
			return
		default:
			fmt.Printf("unknown %T\n", c)
		}
	}
}

func run() {
	cmds := make(chan any)
	go actor(cmds)
	cmds <- add{2}
	cmds <- add{3}
	cmds <- "noise"
	reply := make(chan int)
	cmds <- get{reply}
	fmt.Println("total", <-reply)
	cmds <- stop{}
	go func() { cmds <- add{1} }()
}

func main() {
	run()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
