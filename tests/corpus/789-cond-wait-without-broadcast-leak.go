package main

import (
	"fmt"
	"sync"
	"time"
)

// A kernel in the style of real blocking bugs: the state changes under the
// lock, but nobody calls Broadcast, so the waiter is never woken.

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ready bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	go func() {
		q.mu.Lock()
		for !q.ready {
			q.cond.Wait()
		}
		q.mu.Unlock()
		fmt.Println("waiter woke")
	}()
	time.Sleep(10 * time.Millisecond)
	q.mu.Lock()
	q.ready = true
	q.mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns; the waiter still sleeps")
}
