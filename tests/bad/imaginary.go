package main

import "fmt"

func main() {
	c := 3 + 2i
	fmt.Println(c)
}
