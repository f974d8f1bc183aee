package main

import "fmt"

type S[T any] struct{ v T }

func (s S) M() {}
func (s *S[T, U]) N() {}
func (s *S[int]) O() {}

func G[T any, T any]() {}

func main() {
	fmt.Println(S[int]{}.v)
	x := G
	_ = x
	var y interface{ ~int }
	_ = y
}
