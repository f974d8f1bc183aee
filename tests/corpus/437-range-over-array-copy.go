package main

// range over an array value ranges over a copy; over a pointer to an
// array or a slice of it, it sees the changes made in the loop.

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Println(i, v)
	}
	p := &a
	for i, v := range p {
		p[2] = 7
		fmt.Println(i, v)
	}
	s := a[:]
	for i, v := range s {
		s[2] = 9
		fmt.Println(i, v)
	}
}
