package main

import (
	"fmt"
	"math"
)

// Loops whose back edge runs with its condition: i++ and j += step
// against a constant and against a variable, every comparison, and
// counters that wrap around at the edges of int.
func main() {
	n := 0
	for i := 0; i < 10; i++ {
		n++
	}
	for i := 0; i <= 10; i++ {
		n += 2
	}
	for i := 10; i > 0; i-- {
		n += 3
	}
	for i := 10; i >= -2; i -= 3 {
		n += 4
	}
	for i := 0; i != 7; i++ {
		n += 5
	}
	for i := 5; i == 5; i++ {
		n += 6
	}
	fmt.Println("constant bounds:", n)

	lo, hi := -3, 4
	m := 0
	for i := lo; i < hi; i++ {
		m++
	}
	for i := lo; i <= hi; i++ {
		m += 10
	}
	for i := hi; i > lo; i-- {
		m += 100
	}
	for i := hi; i >= lo; i-- {
		m += 1000
	}
	for i := lo; i != hi; i++ {
		m += 10000
	}
	for i := lo; i == lo; i++ {
		m += 100000
	}
	fmt.Println("variable bounds:", m)

	step, sum := 7, 0
	for j := 3; j <= 100; j += step {
		sum += j
	}
	for j := 3; j < 100; j += step {
		sum += j
	}
	for j := 100; j > 0; j += step {
		sum -= j
		step = -7
	}
	step = 5
	for j := 0; j >= 0; j += step {
		sum++
		if j > 40 {
			step = -50
		}
	}
	step = 3
	for j := 1; j != 31; j = j + step {
		sum += 2
	}
	for j := 1; j == 1; j = j + step {
		sum += 1000
	}
	fmt.Println("steps:", sum)

	limit, count := 50, 0
	for j := 2; j < limit; j += step {
		count++
	}
	for j := 2; j <= limit; j += step {
		count++
	}
	for j := limit; j > step; j += -step {
		count++
	}
	for j := limit; j >= step; j = j + (-step) {
		count++
	}
	for j := 0; j != limit+1; j += 1 {
		count++
	}
	fmt.Println("steps to a variable:", count)

	// Counters that wrap around: Go's int is 64 bits and wraps silently.
	big := math.MaxInt64 - 10
	wraps := 0
	for j := big; j > 0; j += step {
		wraps++
	}
	fmt.Println("wrapped after", wraps, "steps")
	k := 0
	for k = math.MaxInt64 - 2; k >= math.MaxInt64-2; k++ {
		wraps++
	}
	fmt.Println(wraps, k == math.MinInt64, k)
	small := math.MinInt64 + 4
	down := -2
	for j := small; j < 0; j += down {
		wraps++
	}
	fmt.Println("down:", wraps)
	for k = math.MinInt64 + 1; k <= math.MinInt64+1; k-- {
		wraps++
	}
	fmt.Println(wraps, k == math.MaxInt64)
}
