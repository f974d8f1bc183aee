package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  string
	resp chan int
}

type writeOp struct {
	key  string
	val  int
	resp chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})

	go func() {
		state := map[string]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			case <-quit:
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				w := writeOp{key: fmt.Sprintf("k%d", j%2), val: id + 1, resp: make(chan bool)}
				writes <- w
				<-w.resp
			}
		}(i)
	}
	wg.Wait()

	for _, k := range []string{"k0", "k1", "k2"} {
		r := readOp{key: k, resp: make(chan int)}
		reads <- r
		fmt.Printf("%s = %d\n", k, <-r.resp)
	}
	close(quit)
}
