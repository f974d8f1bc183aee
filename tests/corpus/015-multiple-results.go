package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(nums ...int) (lo int, hi int) {
	lo, hi = nums[0], nums[0]
	for _, n := range nums[1:] {
		if n < lo {
			lo = n
		}
		if n > hi {
			hi = n
		}
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	a, b := swap("left", "right")
	fmt.Println(a, b)
	lo, hi := minmax(4, -2, 9, 0)
	fmt.Println(lo, hi)
	_, r = divmod(100, 7)
	fmt.Println(r)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
