package main

import (
	"context"
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: the watcher stops only when
// its context is cancelled, and the owner forgets to call cancel.

type watcher struct {
	cancel context.CancelFunc
	events chan string
}

func newWatcher() *watcher {
	ctx, cancel := context.WithCancel(context.Background())
	w := &watcher{cancel: cancel, events: make(chan string, 1)}
	go func() {
		<-ctx.Done()
		w.events <- "watcher stopped"
	}()
	return w
}

func main() {
	w := newWatcher()
	time.Sleep(10 * time.Millisecond)
	select {
	case e := <-w.events:
		fmt.Println(e)
	default:
		fmt.Println("no event: the watcher still runs")
	}
	fmt.Println("main returns without cancel")
}
