package main

import (
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: a background loop selects
// over its inputs but has no case that ever ends it; once the owner is
// done it blocks forever.

type monitor struct {
	samples chan int
	flush   chan chan int
}

func (m *monitor) loop() {
	total := 0
	for {
		select {
		case s := <-m.samples:
			total += s
		case reply := <-m.flush:
			reply <- total
		}
	}
}

func main() {
	m := &monitor{samples: make(chan int), flush: make(chan chan int)}
	go m.loop()
	for i := 1; i <= 4; i++ {
		m.samples <- i
	}
	reply := make(chan int)
	m.flush <- reply
	fmt.Println("total", <-reply)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
