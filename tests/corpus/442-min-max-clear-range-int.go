package main

import "fmt"

type celsius float64

const lo = min(3, 1, 2)
const hi = max(2.5, 1)

func next(n *int) int {
	*n++
	fmt.Println("eval", *n)
	return *n
}

func main() {
	x, y := 5, 7
	var u uint8 = 200
	f := 1.5
	fmt.Println(lo, hi, min(x, 1), max(x, y, 0), min("b", "a", "c"), max(u, 3))
	fmt.Println(min(f, 2), max(f, -1.0), min(celsius(3), 2.5))
	n := 0
	fmt.Println(min(next(&n), 10, next(&n)))
	var s float64 = max(1, 2)
	fmt.Println(s, min(x), max("x", "y"))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	m["c"] = 3
	fmt.Println(len(m), m)
	sl := []string{"p", "q", "r"}
	clear(sl[1:])
	fmt.Printf("%q\n", sl)
	var nm map[int]bool
	clear(nm)
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)
	total := 0
	for i := range 4 {
		total += i
	}
	for range 2 {
		total++
	}
	var k int64 = 3
	for i := range k {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println(total)
	defer clear(m)
}
