package main

import "fmt"

func main() {
	var a float32 = 1.5
	b := 2.5
	fmt.Println(a * b)
}
