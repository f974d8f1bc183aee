package main

import (
	"fmt"
	"sort"
)

type bad []int

func (b bad) Len() int { return len(b) }
func (b bad) Less(i, j int) bool {
	if b[i] == 13 || b[j] == 13 {
		panic(fmt.Sprintf("unlucky %d", 13))
	}
	return b[i] < b[j]
}
func (b bad) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func trySort(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	sort.Sort(bad(xs))
	return nil
}

func main() {
	fmt.Println(trySort([]int{3, 1, 2}))
	fmt.Println(trySort([]int{3, 13, 2}))
	xs := []int{5, 4, 3}
	calls := 0
	sort.Slice(xs, func(i, j int) bool {
		calls++
		return xs[i] < xs[j]
	})
	fmt.Println(calls > 0)
	fmt.Println(xs)
	var ys []string
	sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
	fmt.Println(len(ys), sort.SliceIsSorted(ys, func(i, j int) bool { return ys[i] < ys[j] }))
	var none []int
	sort.Slice(none, nil)
	sort.SliceStable([]int{1}, nil)
	fmt.Println(sort.SliceIsSorted([]int{4}, nil), sort.Search(0, nil))
	zs := []int{2, 1}
	sort.Slice(zs, func(i, j int) bool {
		if zs[i] == 1 {
			panic("boom in less")
		}
		return zs[i] < zs[j]
	})
	fmt.Println("not reached")
}
