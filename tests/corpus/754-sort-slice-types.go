package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

// sort.IntSlice, StringSlice and Float64Slice as values with their
// methods: as sort.Interface, reversed, embedded with Less overridden,
// as method values, sorting what workers collected.

var _ sort.Interface = sort.IntSlice(nil)
var _ sort.Interface = sort.StringSlice{}
var _ sort.Interface = sort.Float64Slice(nil)

type byDesc struct{ sort.IntSlice }

func (b byDesc) Less(i, j int) bool { return b.IntSlice[i] > b.IntSlice[j] }

func describe(x sort.Interface) string {
	switch v := x.(type) {
	case sort.IntSlice:
		return fmt.Sprint("ints ", len(v))
	case sort.StringSlice:
		return fmt.Sprint("strings ", len(v))
	default:
		return fmt.Sprintf("%T %d", v, v.Len())
	}
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got sort.IntSlice
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			got = append(got, (n*7)%5+10*n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Sort(got)
	fmt.Println(got, got.Len(), got.Less(0, 1), got.Search(22), got.Search(100))
	sort.Sort(sort.Reverse(got))
	fmt.Println(got)
	got.Sort()
	fmt.Println(got, sort.IsSorted(got))
	got.Swap(0, 4)
	fmt.Println(got, sort.IsSorted(got))

	var in sort.Interface = sort.StringSlice{"pear", "apple", "fig"}
	sort.Sort(in)
	fmt.Println(in, in.Len(), in.Less(0, 1), describe(in))
	ss := sort.StringSlice{"b", "a", "c"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, ss.Search("b"), describe(ss))

	fs := sort.Float64Slice{2.5, math.NaN(), -1, 0.5}
	fs.Sort()
	fmt.Println(fs, fs.Less(0, 1), fs.Less(1, 0), fs.Search(0.5))

	d := byDesc{sort.IntSlice{3, 9, 1}}
	sort.Sort(d)
	fmt.Println(d.IntSlice, d.Len(), describe(d))

	n := sort.IntSlice([]int{4, 1, 3})
	length := n.Len
	sorter := n.Sort
	sorter()
	fmt.Println(length(), n)
	fmt.Println(sort.IntSlice.Less(n, 0, 2), describe(n))
}
