package main

import "fmt"

func main() {
	x := 1e309 << 1
	fmt.Println(x)
}
