package main

import "fmt"

func Equal[T comparable](a, b T) bool {
	return a == b
}

func main() {
	fmt.Println(Equal([]int{1}, []int{2}))
}
