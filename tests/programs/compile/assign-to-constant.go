package main

import "fmt"

func main() {
	const c = 10
	c = 5
	fmt.Println(c)
}
