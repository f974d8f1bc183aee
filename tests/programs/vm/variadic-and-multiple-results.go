package main

import "fmt"

func sum(base int, xs ...int) (int, int) {
	t := base
	for _, x := range xs {
		t += x
	}
	return t, len(xs)
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3))
	s := []int{4, 5}
	fmt.Println(sum(0, s...))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
}
