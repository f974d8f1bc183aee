package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"time"
)

// Each worker checks and sorts its part and sends the result on its own
// unbuffered channel.  The merger reads the parts in order and returns
// at the first error: the workers after the bad part are left blocked
// forever on their sends.

type result struct {
	vals []int
	err  error
}

var errNegative = errors.New("negative value")

func worker(part []int, out chan<- result) {
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
	data := [][]int{{5, 3, 9}, {4, -1, 8}, {7, 2, 6}, {1, 0, 10}}
	chans := make([]chan result, len(data))
	for i, part := range data {
		chans[i] = make(chan result)
		go worker(part, chans[i])
	}
	all, err := mergeAll(chans)
	if err != nil {
		fmt.Println("merge failed:", err, errors.Is(err, errNegative))
	} else {
		fmt.Println(all)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
