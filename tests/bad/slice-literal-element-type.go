package main

import "fmt"

func main() {
	a := []int{"x"}
	fmt.Println(a)
}
