package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"b": 2, "a": 1}
	keys := slices.Sorted(maps.Keys(m))
	s := slices.Insert([]int{3, 1}, 1, 2)
	slices.SortFunc(s, func(a, b int) int { return b - a })
	next, stop := iter.Pull(slices.Values(s))
	defer stop()
	v, ok := next()
	for c := range slices.Chunk(s, 2) {
		fmt.Println(c)
	}
	fmt.Println(keys, s, v, ok, slices.Index(s, 2), maps.Equal(m, maps.Clone(m)))
}
