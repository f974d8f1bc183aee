package main

import "fmt"

func main() {
	f := func(a int) {}
	f(1, 2)
	fmt.Println()
}
