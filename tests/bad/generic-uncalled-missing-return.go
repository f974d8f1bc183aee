package main

import "fmt"

func First[T comparable](xs []T, want T) int {
	for i, x := range xs {
		if x == want {
			return i
		}
	}
}

func main() {
	fmt.Println("no call of First")
}
