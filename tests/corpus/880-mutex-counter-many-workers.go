package main

import (
	"fmt"
	"sync"
)

// Sixteen workers take turns on one Mutex thousands of times each, some
// holding it across a longer computation: the lock is handed around under
// contention, and the counts come out exact.

type stats struct {
	mu    sync.Mutex
	total int
	per   [16]int
	sum   int
}

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	var st stats
	var wg sync.WaitGroup
	for w := 0; w < 16; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				st.mu.Lock()
				st.total++
				st.per[id]++
				if i%500 == 0 {
					st.sum += work(2000)
				}
				st.mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total:", st.total)
	fmt.Println("per worker:", st.per)
	fmt.Println("sum:", st.sum)
}
