package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// A generic function that returns an iterator, ranged over: the file is
// compiled again once the range over a function is seen, and the calls of
// generic functions (Enumerate, slices.Sorted) must be found again then.

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
	words := slices.Sorted(slices.Values(strings.Fields("pear apple fig")))
	s := Enumerate(words)
	for i, w := range s {
		fmt.Println(i, w)
	}
	for i, n := range Enumerate([]int{7, 8}) {
		fmt.Println(i, n)
	}
}
