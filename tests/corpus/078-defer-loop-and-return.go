package main

import "fmt"

func describe(n int) string {
	defer fmt.Println("describe", n, "returns")
	if n < 0 {
		return "negative"
	}
	for i := 0; i < n; i++ {
		if i == 2 {
			return "stopped at 2"
		}
	}
	return "small"
}

func main() {
	fmt.Println(describe(-1))
	fmt.Println(describe(1))
	fmt.Println(describe(5))
}
