package main

import "fmt"

func main() {
	var a [3]int
	var b [2]int = a
	_ = b
	fmt.Println(a)
}
