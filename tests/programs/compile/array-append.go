package main

import "fmt"

func main() {
	var a [3]int
	a = append(a, 1)
	fmt.Println(a)
}
