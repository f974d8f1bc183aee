package main

import (
	"errors"
	"fmt"
	"sync"
)

// A kernel in the style of real blocking bugs: the error path returns
// before wg.Done, so Wait never returns.

func process(id int) error {
	if id == 2 {
		return errors.New("bad input")
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			if err := process(id); err != nil {
				mu.Lock()
				fmt.Println("task", id, "failed:", err)
				mu.Unlock()
				return
			}
			mu.Lock()
			done++
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("all done", done)
}
