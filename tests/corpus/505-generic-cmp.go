package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if cmp.Less(m, x) {
			m = x
		}
	}
	return m
}

type Version struct {
	Major, Minor int
}

func CompareVersions(a, b Version) int {
	if c := cmp.Compare(a.Major, b.Major); c != 0 {
		return c
	}
	return cmp.Compare(a.Minor, b.Minor)
}

type Name string

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Less("b", "a"))
	zero := 0.0
	nan := zero / zero
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3, 4), cmp.Or[string]())
	fmt.Println(Max(3, 9, 2), Max(2.5, -1), Max[Name]("bob", "alice"))
	fmt.Println(CompareVersions(Version{1, 2}, Version{1, 3}), CompareVersions(Version{2, 0}, Version{1, 9}))
	port := cmp.Or(0, 8080)
	fmt.Printf("%T %v\n", port, port)
}
