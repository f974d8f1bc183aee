package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

// The fix: every worker may send its one result without a reader (a
// buffer of one per channel), so returning early leaves nobody blocked;
// main waits for the workers before it counts the goroutines.

type result struct {
	vals []int
	err  error
}

var errNegative = errors.New("negative value")

func worker(part []int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	mine := append([]int(nil), part...)
	for _, v := range mine {
		if v < 0 {
			out <- result{nil, fmt.Errorf("part %v: %w", part, errNegative)}
			return
		}
	}
	sort.Slice(mine, func(i, j int) bool { return mine[i] > mine[j] })
	out <- result{mine, nil}
}

func mergeAll(chans []chan result) ([]int, error) {
	var all []int
	for _, ch := range chans {
		r := <-ch
		if r.err != nil {
			return nil, r.err
		}
		all = append(all, r.vals...)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(all)))
	return all, nil
}

func main() {
	for _, data := range [][][]int{{{5, 3, 9}, {4, -1, 8}, {7, 2, 6}, {1, 0, 10}}, {{5, 3, 9}, {4, 11, 8}, {7, 2, 6}, {1, 0, 10}}} {
		var wg sync.WaitGroup
		chans := make([]chan result, len(data))
		for i, part := range data {
			chans[i] = make(chan result, 1)
			wg.Add(1)
			go worker(part, chans[i], &wg)
		}
		all, err := mergeAll(chans)
		if err != nil {
			fmt.Println("merge failed:", err, errors.Is(err, errNegative))
		} else {
			fmt.Println(all)
		}
		wg.Wait()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
