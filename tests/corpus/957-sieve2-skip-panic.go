package main

import "fmt"

// A scan that skips the marked elements and runs one past the end: the
// test panics with Go's text at its line.
func main() {
	seen := make([]bool, 50)
	for j := 0; j < 50; j += 2 {
		seen[j] = true
	}
	n, odd := len(seen), 0
	for i := 0; i <= n; i++ {
		if seen[i] {
			continue
		}
		odd++
	}
	fmt.Println("never printed", odd)
}
