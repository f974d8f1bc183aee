package main

import "fmt"

func sum(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	fmt.Println(label, len(nums), total)
	return total
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	s := []int{4, 5, 6, 7}
	sum("spread", s...)
	fmt.Println(sum("nested", sum("a", 1), sum("b", 2, 2)))
	fmt.Println("a", 1, true, "b")
}
