package main

import "fmt"

func main() {
	var a [3]int
	b := [2]int{1, 2, 3}
	_ = b
	fmt.Println(a)
}
