package main

import (
	"fmt"
	"sync"
	"time"
)

// A kernel in the style of real blocking bugs: each worker in a slice has
// its own Mutex, and reports while holding it.  Main stops reading the
// reports after the first one, so the worker whose send is not received
// blocks with its lock held, and the goroutine that next wants that lock
// blocks behind it: two goroutines leak.

type worker struct {
	mu     sync.Mutex
	id     int
	report chan int
}

func (w *worker) finish() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.report <- w.id // blocks forever once main has stopped reading
}

func (w *worker) status() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.id
}

func main() {
	report := make(chan int)
	ws := make([]worker, 2)
	for i := range ws {
		ws[i].id = i + 1
		ws[i].report = report
	}
	go ws[0].finish()
	fmt.Println("first report:", <-report)
	go ws[1].finish()
	time.Sleep(10 * time.Millisecond)
	go func() { fmt.Println("status", ws[1].status()) }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns without reading worker 2's report")
}
