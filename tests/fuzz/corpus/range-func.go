package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func find(n int) (int, bool) {
	for i := range count(10) {
		if i == n {
			return i, true
		}
	}
	return 0, false
}

func main() {
	var k string
	var v int
outer:
	for i := range count(3) {
		for k, v = range pairs {
			if v == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
		for range func(yield func() bool) { yield() } {
			goto next
		}
	next:
		fmt.Println(i, k, v)
	}
	fmt.Println(find(4))
}
