package main

import "fmt"

func main() {
	var x int = "a"
	fmt.Println(x)
}
