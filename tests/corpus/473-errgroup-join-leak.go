package main

import (
	"errors"
	"fmt"
	"sync"
)

// Workers report their errors on a channel with room for one; the
// collector joins the first two it reads and returns, so the third
// worker with an error blocks on its send forever, and main returns
// without waiting for it.

var ErrQuota = errors.New("quota exceeded")

func work(id int) error {
	if id%2 == 0 {
		return fmt.Errorf("worker %d: %w", id, ErrQuota)
	}
	return nil
}

func main() {
	errc := make(chan error, 1)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for id := 0; id < 8; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := work(id); err != nil {
				errc <- err
			}
			mu.Lock()
			done++
			mu.Unlock()
		}()
	}
	var errs []error
	for len(errs) < 2 {
		errs = append(errs, <-errc)
	}
	err := errors.Join(errs...)
	fmt.Println(errors.Is(err, ErrQuota), len(errs))
	fmt.Println(err != nil)
}
