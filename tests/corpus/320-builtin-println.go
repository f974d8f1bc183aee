package main

import "fmt"

// The builtins print and println write to stderr, in the runtime's own
// format: println separates operands by spaces, print does not; floats are
// in exponent form; the program's stdout goes its own way.
type celsius float64

func main() {
	fmt.Println("stdout first")
	println("hello", 42, -7, true, false)
	println()
	println(3.5, -0.25, 1e21, 0.0)
	print("a", "b", 1, 2, true, "\n")
	print(1.5, "\n")
	var c celsius = 36.6
	var b byte = 'x'
	var r rune = 'é'
	var u uint = 18446744073709551615
	println(c, b, r, u, int8(-128))
	s := "done"
	println(s, len(s))
	fmt.Println("stdout last")
}
