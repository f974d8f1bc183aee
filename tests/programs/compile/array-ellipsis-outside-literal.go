package main

import "fmt"

func main() {
	var a [3]int
	var b [...]int
	_ = b
	fmt.Println(a)
}
