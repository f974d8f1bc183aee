package main

import "fmt"

// Jumps into the middle of a loop's back edge: an if whose branch ends
// at the jump back, continue to an outer loop's step, and goroutines whose
// long loops are cut into time slices at their back edges.
func main() {
	n, a, b := 100, 2, 3
	visits := 0
	for i := 0; i < n; {
		visits++
		if visits%3 == 0 {
			i = i + a
		} else {
			i = i + b
		}
	}
	fmt.Println("visits:", visits)

	pairs := 0
outer:
	for i := 0; i < 20; i++ {
		for j := 0; j <= i; j += a {
			if j == 10 {
				continue outer
			}
			if (i+j)%7 == 0 {
				continue
			}
			pairs++
		}
	}
	fmt.Println("pairs:", pairs)

	k := 0
	for k < 50 {
		if k%2 == 0 {
			k += 3
			continue
		}
		k++
	}
	fmt.Println("k:", k)

	done := make(chan int)
	for g := 1; g <= 3; g++ {
		go func(g int) {
			s := 0
			for i := 0; i < 300000; i += g {
				s += i & 7
			}
			done <- s
		}(g)
	}
	total := 0
	for g := 0; g < 3; g++ {
		total += <-done
	}
	fmt.Println("total:", total)
}
