package main

import (
	"fmt"
	"sync"
	"time"
)

// A hub embeds its Mutex and publishes while still holding it: the send
// waits for a reader, and the only reader first wants the hub's lock.
type Hub struct {
	sync.Mutex
	events chan string
	sent   int
}

func (h *Hub) Publish(msg string) {
	h.Lock()
	defer h.Unlock()
	h.sent++
	h.events <- msg
}

func (h *Hub) Sent() int {
	h.Lock()
	defer h.Unlock()
	return h.sent
}

func main() {
	h := &Hub{events: make(chan string)}
	go h.Publish("hello")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("published so far:", h.Sent())
	fmt.Println(<-h.events)
}
