package main

import "fmt"

// Statements that count as uses of a variable in Go: programs that
// only increment or update a variable still compile.
func main() {
	n := 0
	n++
	m := 10
	m -= 3
	k := 1
	func() { k *= 5 }()
	s := "a"
	s += "b"
	total := 0
	for i := 0; i < 4; i++ {
		total += i
	}
	fmt.Println("done", total)
}
