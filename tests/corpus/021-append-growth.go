package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil)
	last := -1
	for i := 0; i < 17; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), len(b))
	d := make([]int, 2)
	e := append(d, 1)
	e[0] = 99
	fmt.Println(d, e)
	f := append([]int{}, s[:3]...)
	f[0] = -1
	fmt.Println(s[:3], f)
}
