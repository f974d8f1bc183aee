package main

import "fmt"

func main() {
	n := int(float32(2.5))
	fmt.Println(n)
}
