package main

import "fmt"

// Every comparison of s[i] with a local, alone and at a loop's back
// edge after i++, i-- and i += step, and loops stepping by a variable
// against a variable bound.
func main() {
	a := []int{-3, 0, 2, 2, 5, 7, 7, 9, 12, 20}
	v := 7
	r := []int{}
	i := 0
	for a[i] < v {
		i++
	}
	r = append(r, i)
	i = 0
	for a[i] <= v {
		i++
	}
	r = append(r, i)
	i = len(a) - 1
	for a[i] > v {
		i--
	}
	r = append(r, i)
	i = len(a) - 1
	for a[i] >= v {
		i--
	}
	r = append(r, i)
	i = 0
	for a[i] != v {
		i++
	}
	r = append(r, i)
	w := -3
	i = 0
	for a[i] == w {
		i++
	}
	r = append(r, i)
	fmt.Println("i++ and i--:", r)

	r = r[:0]
	step := 2
	for i = 0; a[i] < v; i += step {
	}
	r = append(r, i)
	for i = 1; a[i] <= v; i += step {
	}
	r = append(r, i)
	for i = 0; a[i] != v; i += step {
	}
	r = append(r, i)
	two := 2
	for i = 2; a[i] == two; i += step {
		two = 5
	}
	r = append(r, i)
	step = -3
	for i = 9; a[i] > v; i += step {
	}
	r = append(r, i)
	for i = 9; a[i] >= v; i += step {
	}
	r = append(r, i)
	fmt.Println("i += step:", r)

	c := 0
	if a[3] == v {
		c++
	}
	if a[5] == v {
		c += 10
	}
	if a[4] <= v {
		c += 100
	}
	if a[5] >= v {
		c += 1000
	}
	if a[9] > v {
		c += 10000
	}
	if a[0] < w {
		c += 100000
	}
	if a[1] != w {
		c += 1000000
	}
	fmt.Println("ifs:", c)

	n, d, cnt := 40, 3, 0
	e := n + d
	for j := 1; j != e; j += d {
		cnt++
	}
	for j := n; j > d; j += -d + 0 {
		cnt++
	}
	m := -d
	for j := n; j > d; j += m {
		cnt++
	}
	for j := n; j >= d; j += m {
		cnt++
	}
	for j := 4; j == 4; j += d {
		cnt += 100
	}
	for j := 3; j == d; j += d {
		cnt += 1000
	}
	fmt.Println("counts:", cnt)
}
