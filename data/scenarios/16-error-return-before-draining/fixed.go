package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

type result struct {
	page string
	err  error
}

// fetchAll fetches every page in its own goroutine.  Like errgroup's Wait,
// it receives from every fetch before it returns, and keeps the first error.
func fetchAll(pages []string) ([]string, error) {
	results := make(chan result)
	for i, page := range pages {
		go func() {
			time.Sleep(time.Duration(i+1) * 10 * time.Millisecond) // fetching
			if page == "missing" {
				results <- result{err: errors.New("fetch missing: not found")}
				return
			}
			results <- result{page: page}
		}()
	}
	var got []string
	var firstErr error
	for range pages {
		r := <-results
		if r.err == nil {
			got = append(got, r.page)
		} else if firstErr == nil {
			firstErr = r.err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return got, nil
}

func main() {
	fmt.Println(fetchAll([]string{"home", "missing", "about", "blog"}))

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
