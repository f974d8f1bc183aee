package main

import "fmt"

// The sieve of Eratosthenes up to 10 000 000: index loads and stores.
func main() {
	const n = 10000000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println("primes up to", n, ":", count)
}
