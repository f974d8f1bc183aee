package main

import "fmt"

func steps(n int) int {
	count := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		count++
	}
	return count
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 1000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println(bestN, best)
	x := 10
	x -= 3
	x *= 4
	x /= 3
	x %= 5
	fmt.Println(x)
	x--
	x++
	x++
	fmt.Println(x)
}
