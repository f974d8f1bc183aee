package main

import "fmt"

func main() {
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra")
	fmt.Printf("%z\n", 3)
}
