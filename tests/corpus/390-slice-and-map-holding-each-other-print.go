package main

import "fmt"

// Each holds the other twice: printing must end in a stack overflow at
// once, not walk every path.
func main() {
	s := []interface{}{nil, nil}
	s[0] = s
	s[1] = s
	m := map[int]interface{}{}
	m[1] = s
	s[1] = m
	fmt.Println(m)
}
