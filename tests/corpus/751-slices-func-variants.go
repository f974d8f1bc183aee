package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// slices.CompactFunc, EqualFunc, CompareFunc and Replace over results
// gathered from workers, and iter.Seq[int](f) as a conversion.

type Names []string

func main() {
	results := make(chan string)
	done := make(chan struct{})
	var got Names
	go func() {
		for r := range results {
			got = append(got, r)
		}
		close(done)
	}()
	for _, r := range []string{"Alpha", "alpha", "beta", "Beta", "BETA", "gamma", "alpha"} {
		results <- r
	}
	close(results)
	<-done

	c := slices.CompactFunc(slices.Clone(got), strings.EqualFold)
	fmt.Println(c, len(c))
	fmt.Printf("%T\n", c)
	fmt.Println(slices.CompactFunc([]int{}, func(a, b int) bool { return a == b }))

	lens := []int{5, 5, 4, 4, 4, 5, 5}
	fmt.Println(slices.EqualFunc(got, lens, func(s string, n int) bool { return len(s) == n }))
	fmt.Println(slices.EqualFunc(got, lens[:3], func(s string, n int) bool { return len(s) == n }))
	fmt.Println(slices.EqualFunc(got, []int{5, 5, 4, 4, 4, 5, 6}, func(s string, n int) bool { return len(s) == n }))

	byLen := func(s string, n int) int { return len(s) - n }
	fmt.Println(slices.CompareFunc(got, lens, byLen))
	fmt.Println(slices.CompareFunc(got[:2], lens, byLen))
	fmt.Println(slices.CompareFunc(got, lens[:2], byLen))
	fmt.Println(slices.CompareFunc(got, []int{5, 9}, byLen))

	s := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(slices.Replace(slices.Clone(s), 1, 3, 10, 11, 12, 13))
	fmt.Println(slices.Replace(slices.Clone(s), 1, 4, 10))
	fmt.Println(slices.Replace(slices.Clone(s), 2, 2, 7, 8))
	fmt.Println(slices.Replace(slices.Clone(s), 4, 6, 9))
	t := make([]int, 6, 10)
	copy(t, s)
	r := slices.Replace(t, 1, 2, 20, 21, 22)
	fmt.Println(r, len(r), cap(r))
	u := slices.Replace(t[:4], 0, 2, 30)
	fmt.Println(u, t[:6])

	gen := func(yield func(int) bool) {
		for i := 0; i < 5; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
	seq := iter.Seq[int](gen)
	for v := range seq {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(iter.Seq[int](gen)))
	fmt.Printf("%T\n", seq)
}
