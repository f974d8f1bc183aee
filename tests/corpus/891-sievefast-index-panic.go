package main

import "fmt"

// A sieve whose marking loop goes one element too far: the store panics
// with Go's text at its line, after the loop ran through its edges.
func main() {
	const n = 1000
	composite := make([]bool, n)
	count := 0
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println("never printed", count)
}
