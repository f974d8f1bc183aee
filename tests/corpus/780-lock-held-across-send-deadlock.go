package main

import (
	"fmt"
	"sync"
	"time"
)

// A kernel in the style of real blocking bugs: the publisher sends on an
// unbuffered channel while holding the lock, and the subscriber takes the
// same lock before it receives.  Both wait for each other: Go reports a
// deadlock.

type broker struct {
	mu      sync.Mutex
	updates chan string
	last    string
}

func (b *broker) publish(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.last = s
	b.updates <- s
}

func (b *broker) next() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return <-b.updates + " (last " + b.last + ")"
}

func main() {
	b := &broker{updates: make(chan string)}
	go b.publish("v1")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("subscriber waits")
	fmt.Println(b.next())
}
