package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T ~int | ~int64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum", s, xs, 1, fmt.Sprint())
	return add(s)
}

func add(a, b int) int { return a + b }

func main() {
	fmt.Println("no call of Sum")
}
