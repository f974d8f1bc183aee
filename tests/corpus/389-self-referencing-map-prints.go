package main

import "fmt"

// fmt has no cycle check: a map that holds itself recurses until the
// stack overflows.
func main() {
	m := map[string]interface{}{"a": 1}
	m["self"] = m
	fmt.Println("before")
	fmt.Println(m)
}
