// Unstable sorts of records with many equal keys: the order of equal
// elements and the number of calls of less are Go's (pdqsort).
package main

import (
	"fmt"
	"slices"
	"sort"
)

type rec struct{ k, id int }

var seed uint32 = 12345

func next() int {
	seed = seed*1664525 + 1013904223
	return int(seed >> 8)
}

func gen(kind, n int) []rec {
	x := make([]rec, n)
	for i := range x {
		switch kind {
		case 0:
			x[i].k = next() % 5
		case 1:
			x[i].k = i / 3
		case 2:
			x[i].k = (n - i) / 3
		case 3:
			x[i].k = i % 7
		case 4:
			x[i].k = next() % (n + 1)
		case 5:
			x[i].k = 1
		case 6:
			if i < n/2 {
				x[i].k = i
			} else {
				x[i].k = n - i
			}
		case 7:
			x[i].k = (i * 7919) % 13
		}
		x[i].id = i
	}
	return x
}

// digest folds the order of the ids into one number
func digest(x []rec) int {
	h := 0
	for _, r := range x {
		h = (h*31 + r.id) % 1000000007
	}
	return h
}

type byKey []rec

var ifaceCalls, swapCalls int

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { ifaceCalls++; return b[i].k < b[j].k }
func (b byKey) Swap(i, j int)      { swapCalls++; b[i], b[j] = b[j], b[i] }

func main() {
	for _, n := range []int{0, 1, 2, 12, 13, 20, 49, 50, 51, 100, 257, 600} {
		for kind := 0; kind < 8; kind++ {
			a := gen(kind, n)
			b := slices.Clone(a)
			c := slices.Clone(a)
			d := slices.Clone(a)
			calls := 0
			sort.Slice(a, func(i, j int) bool { calls++; return a[i].k < a[j].k })
			ifaceCalls, swapCalls = 0, 0
			sort.Sort(byKey(b))
			cmps := 0
			slices.SortFunc(c, func(x, y rec) int { cmps++; return x.k - y.k })
			rcalls := 0
			sort.Sort(sort.Reverse(byKey(d)))
			rcalls = ifaceCalls
			fmt.Println(n, kind, digest(a), calls, digest(b), swapCalls, digest(c), cmps, digest(d), rcalls)
		}
	}
}
