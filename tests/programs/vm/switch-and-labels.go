package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	switch n % 3 {
	case 0:
		return "three"
	case 1, 2:
		if n > 10 {
			break
		}
		return "small"
	}
	return "other"
}

func main() {
	for _, n := range []int{-1, 0, 3, 4, 11} {
		fmt.Println(n, kind(n))
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	switch x := 2; x {
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("default")
	}
}
