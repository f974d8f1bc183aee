package main

import "fmt"

func main() {
	z := 1 + 2i
	w := 2 - 1i
	fmt.Println(z < w)
}
