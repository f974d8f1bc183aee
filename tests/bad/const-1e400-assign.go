package main

import "fmt"

func main() {
	x := 1e400
	fmt.Println(x)
}
