package main

import "fmt"

func counter(start int) (func() int, func()) {
	n := start
	next := func() int {
		n++
		return n
	}
	reset := func() {
		n = start
	}
	return next, reset
}

func main() {
	next, reset := counter(10)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter(0)
	fmt.Println(other(), next())
	adders := []func(int) int{}
	for _, k := range []int{1, 10, 100} {
		k := k
		adders = append(adders, func(x int) int { return x + k })
	}
	for _, f := range adders {
		fmt.Println(f(5))
	}
}
