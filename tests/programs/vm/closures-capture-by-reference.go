package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)
}
