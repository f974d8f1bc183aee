package main

import "fmt"

// Scans as quicksort's partition writes them, s[i] compared with a
// local on every turn: the first stops in range, the second runs off
// the end of its slice and panics with Go's text at the loop's line.
func main() {
	a := []int{5, 1, 4, 9, 2, 8}
	p := 4
	i, j := 0, len(a)-1
	for a[i] < p+2 {
		i++
	}
	for a[j] > p {
		j--
	}
	fmt.Println("stopped at", i, j)
	lo := int8(-5)
	b := []int8{-9, -7, -6, -100, -5, 3}
	k := 0
	for b[k] != lo {
		k++
	}
	fmt.Println("found at", k)
	for b[k] <= 100 {
		k += 1
	}
	fmt.Println("never printed", k)
}
