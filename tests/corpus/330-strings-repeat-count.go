package main

// strings.Repeat with counts Go refuses: a negative count and a length
// that overflows int panic with the strings package's own words; 0 and 1
// come first, so they never panic.
import (
	"fmt"
	"strings"
)

func try(s string, n int) {
	defer func() {
		r := recover()
		fmt.Printf("%q %d: %v %T\n", s, n, r, r)
	}()
	fmt.Printf("%q\n", strings.Repeat(s, n))
}

func main() {
	try("ab", 0)
	try("ab", 1)
	try("ab", 3)
	try("", 5)
	try("", -1)
	try("ab", -1)
	try("", 1<<62)
	try("ab", 1<<62)
	try("abc", 1<<62)
	try("x", -1<<63)
	fmt.Println(strings.Repeat("ab", -2))
}
