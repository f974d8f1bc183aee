package main

import (
	"fmt"
	"maps"
	"slices"
)

type byLen []string

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	fmt.Println(slices.Index(s, 8), slices.Contains(s, 3), slices.Max(s), slices.Min(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s, slices.IsSorted(c))
	fmt.Println(slices.BinarySearch(c, 8))
	fmt.Println(slices.Compact(c))
	for i, v := range slices.All([]string{"a", "b"}) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry"}
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	fmt.Printf("%T\n", slices.Clone(words))
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	fmt.Println(slices.Collect(slices.Values([]float64{1.5, 2.5})))
	m2 := maps.Clone(m)
	m2["w"] = 0
	fmt.Println(maps.Equal(m, m2), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v == 0 })
	fmt.Println(maps.Equal(m, m2))
	s = slices.Insert(s, 2, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(v int) bool { return v > 8 })
	fmt.Println(s, slices.IndexFunc(s, func(v int) bool { return v < 3 }))
	slices.Reverse(s)
	fmt.Println(s, slices.Equal(s, []int{1, 2, 8, 2, 5}), slices.Compare(s, []int{1, 2, 9}))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, " ")
	}
	fmt.Println()
	fmt.Println(slices.MaxFunc(words, func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.SortedFunc(maps.Values(m), func(a, b int) int { return b - a }))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[0], big[999])
	col := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(col)
	dst := map[string]int{}
	maps.Copy(dst, m)
	maps.Insert(dst, maps.All(map[string]int{"k": 9}))
	fmt.Println(dst)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, len(slices.Clip(g)))
	fmt.Println(slices.ContainsFunc(s, func(v int) bool { return v == 5 }), slices.AppendSeq([]int{0}, slices.Values(s)))
}
