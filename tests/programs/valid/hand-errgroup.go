package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errNotFound = errors.New("not found")

func fetch(name string) error {
	if name == "missing" {
		return fmt.Errorf("fetch %q: %w", name, errNotFound)
	}
	return nil
}

func main() {
	var g group
	var mu sync.Mutex
	fetched := 0
	for _, name := range []string{"a", "b", "missing", "c"} {
		g.Go(func() error {
			if err := fetch(name); err != nil {
				return err
			}
			mu.Lock()
			fetched++
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("fetched:", fetched)
	fmt.Println("error:", err)
	fmt.Println("is not found:", errors.Is(err, errNotFound))

	var ok group
	for i := 0; i < 3; i++ {
		ok.Go(func() error { return nil })
	}
	fmt.Println("second group:", ok.Wait())
}
