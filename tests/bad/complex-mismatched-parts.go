package main

import "fmt"

func main() {
	var re float32 = 1
	im := 2.0
	fmt.Println(complex(re, im))
}
