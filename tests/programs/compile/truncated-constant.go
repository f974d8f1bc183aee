package main

import "fmt"

func main() {
	var i int = 1.5
	fmt.Println(i)
}
