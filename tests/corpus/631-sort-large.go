package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, seq int
}

type byKey []rec

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	const n = 3000
	xs := make([]int, n)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed>>4)*n + i // distinct
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(sort.IntsAreSorted(xs), xs[0], xs[n/2], xs[n-1])

	recs := make([]rec, n)
	for i := range recs {
		seed = seed*1664525 + 1013904223
		recs[i] = rec{int(seed>>20) % 50, i}
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	ok := true
	for i := 1; i < n; i++ {
		a, b := recs[i-1], recs[i]
		if a.key > b.key || (a.key == b.key && a.seq > b.seq) {
			ok = false
		}
	}
	fmt.Println("stable:", ok, recs[0], recs[n-1])

	sort.Stable(sort.Reverse(byKey(recs)))
	fmt.Println(recs[0], recs[1], recs[n-1], sort.IsSorted(sort.Reverse(byKey(recs))))
	sort.Sort(byKey(recs))
	fmt.Println(sort.IsSorted(byKey(recs)), recs[0].key, recs[n-1].key)
}
