package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 9, 2, 0, 7}
	fmt.Println(sort.IntsAreSorted(xs))
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	fmt.Println(sort.SearchInts(xs, 7), sort.SearchInts(xs, 2), sort.SearchInts(xs, 100), sort.SearchInts(xs, -5))

	names := []string{"carol", "alice", "bob", "Dave", "", "alice"}
	sort.Strings(names)
	fmt.Printf("%q %v\n", names, sort.StringsAreSorted(names))
	fmt.Println(sort.SearchStrings(names, "bob"), sort.SearchStrings(names, "zed"))

	fs := []float64{2.5, -1, 3.25, 0, 1e10, -7.5}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs), sort.SearchFloat64s(fs, 3))

	desc := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	fmt.Println(desc)
	words := []string{"pear", "fig", "apple", "kiwi"}
	sort.Sort(sort.StringSlice(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words, sort.IsSorted(sort.StringSlice(words)))
	sort.Stable(sort.Float64Slice(fs[:3]))
	fmt.Println(fs)

	var empty []int
	sort.Ints(empty)
	fmt.Println(len(empty), sort.SearchInts(empty, 3), sort.IntsAreSorted(empty))
}
