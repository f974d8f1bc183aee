package main

import (
	"fmt"
	"sort"
	"sync"
)

// Workers sort their part of the data in parallel and hand it to a
// merger through a channel; the merger waits for every part, then merges
// them in order of their first element.

type part struct {
	index int
	vals  []int
}

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func main() {
	data := []int{42, 7, 19, 88, 3, 64, 25, 11, 90, 1, 56, 33, 77, 14, 29, 60, 5, 38, 71, 22}
	const workers = 4
	size := len(data) / workers
	parts := make(chan part)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			mine := append([]int(nil), data[w*size:(w+1)*size]...)
			if w%2 == 0 {
				sort.Ints(mine)
			} else {
				sort.Slice(mine, func(i, j int) bool { return mine[i] < mine[j] })
			}
			parts <- part{w, mine}
		}(w)
	}
	go func() {
		wg.Wait()
		close(parts)
	}()

	sorted := make([][]int, workers)
	for p := range parts {
		sorted[p.index] = p.vals
	}
	var all []int
	for w, s := range sorted {
		fmt.Println("part", w, s)
		all = merge(all, s)
	}
	fmt.Println(all, sort.IntsAreSorted(all))
	i := sort.SearchInts(all, 60)
	fmt.Println("60 at", i)
}
