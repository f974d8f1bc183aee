package main

import "fmt"

type Set[T comparable] map[T]bool

func main() {
	s := Set[[]int]{}
	fmt.Println(len(s))
}
