package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "unknown"
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, kind(n))
	}
	for d := 0; d < 8; d += 3 {
		fmt.Println(d, day(d))
	}
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	case 5:
		fmt.Println("five")
		if x > 3 {
			break
		}
		fmt.Println("not reached")
	default:
		fmt.Println("other")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
}
