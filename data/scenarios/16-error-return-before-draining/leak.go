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

// fetchAll fetches every page in its own goroutine and collects the
// results.  On the first error it returns at once: the fetches that
// finish later have nobody to receive their result, and block forever.
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
	for range pages {
		r := <-results
		if r.err != nil {
			return nil, r.err
		}
		got = append(got, r.page)
	}
	return got, nil
}

func main() {
	fmt.Println(fetchAll([]string{"home", "missing", "about", "blog"}))

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
