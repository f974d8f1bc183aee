package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count", n, "finished")
		for i := 0; i < n; i++ {
			fmt.Println("yielding", i)
			if !yield(i) {
				return
			}
		}
	}
}

// zip pairs two sequences, pulling from both.
func zip(a, b iter.Seq[int]) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		fmt.Println("got", v, ok)
		if !ok {
			break
		}
	}
	stop()
	fmt.Println(next())

	next2, stop2 := iter.Pull(count(5))
	fmt.Println(next2())
	fmt.Println(next2())
	stop2()
	fmt.Println(next2())
	stop2()

	_, stop3 := iter.Pull(count(2))
	stop3()

	for x, y := range zip(count(2), count(4)) {
		fmt.Println("pair", x, y)
	}
	m := map[string]int{"a": 1, "b": 2}
	n, s := iter.Pull2(maps.All(m))
	total := 0
	for {
		k, v, ok := n()
		if !ok {
			break
		}
		total += v + len(k)
	}
	s()
	fmt.Println("total", total)
	fmt.Println(slices.Sorted(maps.Keys(m)))
}
