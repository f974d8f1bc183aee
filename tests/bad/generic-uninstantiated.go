package main

import "fmt"

type S[T any] struct{ v T }

func F[T any](x T) T { return x }

func main() {
	var a = F
	var b S
	c := S[int, int]{}
	d := F[int, int](1)
	fmt.Println(a, b, c, d)
}
