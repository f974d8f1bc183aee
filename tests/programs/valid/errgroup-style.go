package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	var g group
	for i := 0; i < 3; i++ {
		g.Go(func() error {
			if i == 1 {
				return errors.New("task 1 failed")
			}
			return nil
		})
	}
	fmt.Println("wait:", g.Wait())
}
