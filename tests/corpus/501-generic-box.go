package main

import "fmt"

type Box[T any] struct {
	value T
}

func main() {
	b := Box[int]{value: 3}
	fmt.Println(b.value)
}
