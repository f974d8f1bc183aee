package main

import "fmt"

func main() {
	var f float64 = 2i
	fmt.Println(f)
}
