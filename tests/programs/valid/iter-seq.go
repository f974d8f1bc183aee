package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for i := range Countdown(5) {
		if i == 2 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, w := range Enumerate(strings.Fields("alpha beta gamma")) {
		fmt.Println(i, w)
	}
	fmt.Println(slices.Collect(Countdown(3)))

	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 40}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, ages[k])
	}
	fmt.Println()

	xs := []int{5, 1, 4}
	slices.Sort(xs)
	idx, found := slices.BinarySearch(xs, 4)
	fmt.Println(xs, idx, found, slices.Contains(xs, 7), slices.Index(xs, 5))
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	slices.Reverse(xs)
	fmt.Println(xs, len(slices.Repeat([]int{1}, 4)) == 4)
}
