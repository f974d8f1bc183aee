package main

import (
	"errors"
	"fmt"
	"sync"
)

// A fetcher sends results to a consumer that stops at the first error it
// recognises as fatal; the fetcher, still sending, is left blocked
// forever on the unbuffered channel.

var ErrFatal = errors.New("fatal backend error")

type result struct {
	id  int
	err error
}

func fetch(id int) error {
	if id == 2 {
		return fmt.Errorf("fetch %d: %w", id, ErrFatal)
	}
	if id%2 == 1 {
		return fmt.Errorf("fetch %d: transient", id)
	}
	return nil
}

func consume(results <-chan result) error {
	for r := range results {
		if errors.Is(r.err, ErrFatal) {
			return fmt.Errorf("consumer stopped: %w", r.err)
		}
		if r.err != nil {
			fmt.Println("retry later:", r.err)
			continue
		}
		fmt.Println("ok", r.id)
	}
	return nil
}

func main() {
	results := make(chan result)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for id := 0; id < 5; id++ {
			results <- result{id, fetch(id)}
		}
		close(results)
	}()
	err := consume(results)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrFatal), errors.Unwrap(errors.Unwrap(err)) == ErrFatal)
	wg.Wait() // the fetcher never finishes: every goroutine is asleep
}
