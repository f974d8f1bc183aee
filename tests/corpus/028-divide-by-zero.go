package main

import "fmt"

func ratio(a, b int) int {
	return a / b
}

func main() {
	divisors := []int{4, 2, 1, 0, -1}
	for _, d := range divisors {
		fmt.Println(100, "/", d, "=", ratio(100, d))
	}
}
