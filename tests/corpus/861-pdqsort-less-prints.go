// A less that prints: the calls of Go's pdqsort, one by one, for sort.Slice,
// slices.SortFunc, slices.Sorted and slices.Sort.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type task struct {
	prio int
	name string
}

func main() {
	var ts []task
	for i := 0; i < 60; i++ {
		ts = append(ts, task{(i * 37) % 4, fmt.Sprintf("t%d", i)})
	}
	var log strings.Builder
	sort.Slice(ts, func(i, j int) bool {
		fmt.Fprintf(&log, "%d,%d ", i, j)
		return ts[i].prio < ts[j].prio
	})
	fmt.Println(log.String())
	fmt.Println(ts)

	log.Reset()
	us := make([]task, 40)
	for i := range us {
		us[i] = task{(i * 11) % 3, fmt.Sprint("u", i)}
	}
	slices.SortFunc(us, func(a, b task) int {
		fmt.Fprintf(&log, "%s/%s ", a.name, b.name)
		return b.prio - a.prio
	})
	fmt.Println(log.String())
	fmt.Println(us)

	words := strings.Fields("the quick brown fox jumps over the lazy dog and the cat sat on the mat while a dog barks at the fox")
	byLen := slices.SortedFunc(slices.Values(words), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)

	m := map[string]int{}
	for i, w := range words {
		m[w] += i
	}
	fmt.Println(slices.Sorted(maps.Keys(m)))

	fs := []float64{3, -0.0, 0, 2, 1}
	for i := 0; i < 30; i++ {
		fs = append(fs, float64(i%4))
	}
	slices.Sort(fs)
	fmt.Println(fs)

	big := make([]int, 5000)
	for i := range big {
		big[i] = (i * 7919) % 5003
	}
	n := 0
	sort.Slice(big, func(i, j int) bool { n++; return big[i]%100 < big[j]%100 })
	fmt.Println(n, big[:20], big[2500:2520], big[4980:])
}
