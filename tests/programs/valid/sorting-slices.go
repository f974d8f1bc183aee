package main

import (
	"cmp"
	"fmt"
	"slices"
)

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))
	fruits := []string{"peach", "banana", "kiwi"}
	slices.SortFunc(fruits, func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	})
	fmt.Println(fruits)
}
