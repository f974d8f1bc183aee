package main

import "fmt"

var verbose bool

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if verbose {
		fmt.Println("move disk", n, "from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Println(i, fib(i))
	}
	verbose = true
	fmt.Println("moves:", hanoi(2, "A", "C", "B"))
	verbose = false
	fmt.Println("moves:", hanoi(10, "A", "C", "B"))
}
