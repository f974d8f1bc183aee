package main

import (
	"fmt"
	"math"
)

// Loops whose whole body is one store s[j] = v: every comparison, j++,
// j-- and j += step (either way round), a constant and a variable bound
// and value, compact and wide slices, loops that never start, a step
// that wraps around at the edge of int, and stores that panic.
func main() {
	b := make([]bool, 12)
	for j := 0; j < 12; j += 3 {
		b[j] = true
	}
	for j := 1; j <= 11; j += 5 {
		b[j] = true
	}
	fmt.Println("bool:", b)

	u := make([]byte, 10)
	for j := 9; j > 0; j-- {
		u[j] = 200
	}
	for j := 8; j >= 0; j -= 4 {
		u[j] = 7
	}
	for j := 1; j != 9; j += 2 {
		u[j] = 255
	}
	for j := 5; j == 5; j++ {
		u[j] = 42
	}
	fmt.Println("byte:", u)

	s8 := make([]int8, 8)
	v := int8(-3)
	step, lo, hi := 2, 1, 7
	for j := lo; j < hi; j += step {
		s8[j] = v
	}
	dstep := -3
	for j := hi; j > lo; j = dstep + j {
		s8[j] = -128
	}
	fmt.Println("int8:", s8)

	w := make([]int, 9)
	k := 5
	for j := 0; j <= 8; j = j + k {
		w[j] = k
	}
	for j := 8; j >= 0; j-- {
		w[j] = 100
	}
	k = -2
	for j := 7; j >= hi; j += k {
		w[j] = -1
	}
	for j := 3; j < 3; j++ {
		w[j] = 999
	}
	for j := 9; j <= 8; j++ {
		w[j] = 999
	}
	fmt.Println("int:", w)

	names := make([]string, 5)
	who := "go"
	for j := 0; j < len(names); j++ {
		names[j] = who
	}
	n := len(names)
	for j := 1; j < n; j += 2 {
		names[j] = "gopher"
	}
	fmt.Println("string:", names)

	f := make([]float64, 4)
	x := 2.5
	for j := 3; j >= 0; j-- {
		f[j] = x
	}
	fmt.Println("float64:", f)

	// j wraps around from the top of int to its bottom: the condition
	// ends the loop there, or the next store panics
	var j int
	big := math.MaxInt64
	for j = 1; j > 0; j += big {
		w[j] = 77
	}
	fmt.Println("wrapped to", j, w[1])
	fmt.Println(fill(w, 1, big, 3))
	fmt.Println(fill(w, 2, 3, 20))
	fmt.Println(fill(w, -1, 1, 3))
	fmt.Println(fill(nil, 0, 1, 3))
	fmt.Println(fill(w, 0, 4, 8), w)
}

// fill stores k at s[j], s[j+step], … while j <= end: what it panics
// with, or the j it ends at.
func fill(s []int, from, step, end int) (res any) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	j := from
	for ; j <= end; j += step {
		s[j] = 11
	}
	return j
}
