package main

import (
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: several workers report on an
// unbuffered error channel; the caller returns after the first error, and
// the other senders block forever.

func run(n int) error {
	errc := make(chan error)
	later := make(chan struct{})
	for i := 1; i <= n; i++ {
		go func(id int) {
			if id > 1 {
				<-later // the others fail after the first
			}
			errc <- fmt.Errorf("worker %d failed", id)
		}(i)
	}
	err := <-errc
	close(later)
	return err
}

func main() {
	fmt.Println(run(3))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main returns")
}
