package main

import "fmt"

func Map[T any](s []T, f func(T) T) []T {
	out := make([]T, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(x int) int { return x * 2 }))
}
