package main

import "fmt"

func main() {
	var a [3]int
	b := make([3]int)
	_ = b
	fmt.Println(a)
}
