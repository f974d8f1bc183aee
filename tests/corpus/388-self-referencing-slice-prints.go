package main

import "fmt"

// fmt has no cycle check: a slice that holds itself recurses until the
// stack overflows.
func main() {
	s := []interface{}{1, nil}
	s[1] = s
	fmt.Println("before")
	fmt.Println(s)
}
