package main

import "fmt"

func main() {
	const big = 1e20
	fmt.Println(complex64(complex(big, big)) * complex64(complex(big, 0)))
}
