// A less that does not order anything (true nearly always) drives Go's
// pdqsort through its pattern breaking and its heapsort fallback; the
// calls and the final order are Go's. The stable sorts keep equal
// elements in their order.
package main

import (
	"fmt"
	"slices"
	"sort"
)

type ring struct {
	v     []int
	calls int
	mod   int
}

func (r *ring) Len() int { return len(r.v) }
func (r *ring) Less(i, j int) bool {
	r.calls++
	return r.calls%r.mod != 0
}
func (r *ring) Swap(i, j int) { r.v[i], r.v[j] = r.v[j], r.v[i] }

func sum(x []int) int {
	h := 0
	for _, v := range x {
		h = (h*131 + v) % 1000003
	}
	return h
}

func main() {
	for _, mod := range []int{1000000, 97, 30, 3} {
		for _, n := range []int{13, 100, 700} {
			x := make([]int, n)
			for i := range x {
				x[i] = i
			}
			y := slices.Clone(x)
			z := slices.Clone(x)
			c := 0
			sort.Slice(x, func(i, j int) bool { c++; return c%mod != 0 })
			r := &ring{v: y, mod: mod}
			sort.Sort(r)
			k := 0
			slices.SortFunc(z, func(a, b int) int {
				k++
				if k%mod != 0 {
					return -1
				}
				return 1
			})
			fmt.Println(mod, n, c, sum(x), r.calls, sum(y), k, sum(z), x[:5], y[n-5:])
		}
	}

	type pair struct{ k, id int }
	ps := make([]pair, 200)
	for i := range ps {
		ps[i] = pair{(i * 13) % 6, i}
	}
	qs := slices.Clone(ps)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
	slices.SortStableFunc(qs, func(a, b pair) int { return b.k - a.k })
	fmt.Println(ps[:12], ps[190:])
	fmt.Println(qs[:12], qs[190:])
}
