package main

import "fmt"

func main() {
	var i int = 1e19
	fmt.Println(i)
}
