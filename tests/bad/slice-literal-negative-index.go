package main

import "fmt"

func main() {
	names := []string{-1: "none", "one"}
	fmt.Println(names)
}
