package main

import (
	"fmt"
	"sync"
)

// A registry of reply channels in a sync.Map: the worker for "b" waits on a
// channel that nobody sends to, because the sender deletes the entry first.
func main() {
	var replies sync.Map
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		ch := make(chan string)
		replies.Store(name, ch)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(<-ch)
		}()
	}
	if ch, ok := replies.LoadAndDelete("a"); ok {
		ch.(chan string) <- "reply a"
	}
	replies.Delete("b")
	if _, ok := replies.Load("b"); !ok {
		fmt.Println("b is gone")
	}
	wg.Wait()
}
