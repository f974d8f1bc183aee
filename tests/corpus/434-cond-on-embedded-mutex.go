package main

// sync.NewCond on a struct that embeds its Mutex (NewCond(q)) and on
// an RWMutex (NewCond(&rw)): Wait, Signal and Broadcast.

import (
	"fmt"
	"sync"
)

type Queue struct {
	sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(q)
	var rw sync.RWMutex
	c3 := sync.NewCond(&rw)
	done := make(chan bool)
	go func() {
		q.Lock()
		for len(q.items) == 0 {
			q.cond.Wait()
		}
		fmt.Println("got", q.items[0])
		q.Unlock()
		done <- true
	}()
	q.Lock()
	q.items = append(q.items, 5)
	q.cond.Signal()
	q.Unlock()
	<-done
	go func() {
		rw.Lock()
		c3.Wait()
		fmt.Println("woke")
		rw.Unlock()
		done <- true
	}()
	for {
		rw.Lock()
		c3.Broadcast()
		rw.Unlock()
		select {
		case <-done:
			return
		default:
		}
	}
}
