package main

import "fmt"

func main() {
	x := 1 << 1e64
	fmt.Println(x)
}
