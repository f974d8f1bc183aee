package main

import "fmt"

// Loops that go to their next turn on one value of s[i] (`if s[i] {
// continue }`, `if !s[i] { continue }`, or an if that is the whole
// body), with i++, i-- and i += step against a constant and a variable,
// every comparison, and bodies that continue, break, or continue an
// outer loop, jumping into the middle of the loop's post statement; then
// loops whose body is their step alone.
func main() {
	s := make([]bool, 40)
	for i := 0; i < 40; i += 3 {
		s[i] = true
	}
	a := 0
	for i := 0; i < 40; i++ {
		if s[i] {
			continue
		}
		a += i
	}
	b := 0
	for i := 39; i >= 0; i-- {
		if !s[i] {
			continue
		}
		b += i
	}
	c := 0
	for i := 1; i <= 39; i += 2 {
		if s[i] {
			c += i
		}
	}
	d := 0
	n, step := 40, 5
	for i := 0; i != n; i += step {
		if !s[i] {
			d += i
		}
	}
	e := 0
	for i := 38; i > 2; i = i - 1 {
		if s[i] {
			continue
		}
		e++
		if e == 10 {
			break
		}
	}
	f := 0
	for i := 3; i == 3; i++ {
		if s[i] {
			continue
		}
		f = 99
	}
	fmt.Println(a, b, c, d, e, f)

	// a body that continues, and an inner loop that continues the outer
	g, h := 0, 0
outer:
	for i := 0; i < n; i++ {
		if s[i] {
			continue
		}
		g++
		if i%4 == 1 {
			continue
		}
		for k := 0; k < 3; k++ {
			if k == i%3 {
				continue outer
			}
			h++
		}
	}
	fmt.Println(g, h)

	// wide elements: an array of bools, and a slice of ints tested by a
	// comparison (not a superinstruction)
	var arr [10]bool
	arr[4], arr[7] = true, true
	m := 0
	for i := 0; i < 10; i++ {
		if arr[i] {
			continue
		}
		m++
	}
	ints := []int{0, 1, 0, 2, 0}
	z := 0
	for i := 0; i < len(ints); i++ {
		if ints[i] != 0 {
			continue
		}
		z++
	}
	fmt.Println(m, z)

	// the scan panics and recovers: the index it stopped at
	fmt.Println(scan(s, -1), scan(s, 35), scan(nil, 0))

	// loops whose body is their step alone, `for a[i] < p { i++ }`:
	// every comparison, i-- and i += step, compact and wide elements
	w := []int{1, 3, 5, 7, 9, 7, 5, 3, 1}
	u := []byte{0, 10, 200, 255, 3}
	q := []int8{-5, -1, 0, 4, -9}
	p, lim, st := 6, 8, 2
	i := 0
	for w[i] < p {
		i++
	}
	j := 8
	for w[j] <= p {
		j--
	}
	k, nine := 0, 9
	for w[k] != nine {
		k += st
	}
	x, bl := 0, byte(lim*30)
	for u[x] < bl {
		x++
	}
	y, zero := 4, int8(0)
	for q[y] < zero {
		y--
	}
	z2 := 0
	for q[z2] <= zero {
		z2++
	}
	e1, one := 0, 1
	for w[e1] == one {
		e1++
	}
	g1 := 8
	for w[g1] > one {
		g1--
	}
	fmt.Println(i, j, k, x, y, z2, e1, g1)
	fmt.Println(scanUp(w, 0, 100), scanUp(w, -2, 0), scanUp(nil, 0, 0))
}

// scanUp runs i up while w[i] < p: where it stops, or what it panics
// with.
func scanUp(w []int, from, p int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint(r)
		}
	}()
	i := from
	for w[i] < p {
		i++
	}
	return fmt.Sprint("stopped at ", i)
}

func scan(s []bool, from int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint(r)
		}
	}()
	lim := 1 << 40
	for i := from; i < lim; i++ {
		if !s[i] {
			continue
		}
		return fmt.Sprint("found ", i)
	}
	return "none"
}
