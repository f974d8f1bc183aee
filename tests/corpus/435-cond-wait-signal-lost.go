package main

import (
	"fmt"
	"sync"
)

// A queue embeds its Mutex and waits on a Cond made from itself.  The
// producer signals before the consumer starts waiting and never again:
// the consumer checks no condition, so the signal is lost and it waits
// forever while main waits for it.
type Queue struct {
	sync.Mutex
	ready *sync.Cond
	items []string
}

func main() {
	q := &Queue{}
	q.ready = sync.NewCond(q)
	var wg sync.WaitGroup
	q.Lock()
	q.items = append(q.items, "job")
	q.ready.Signal()
	q.Unlock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		q.Lock()
		q.ready.Wait()
		fmt.Println("got", q.items[0])
		q.Unlock()
	}()
	wg.Wait()
}
