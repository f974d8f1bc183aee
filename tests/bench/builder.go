package main

// strings.Builder: 1 000 000 WriteString calls of 10 to 40 bytes, about
// 25 MB in the end.  Each call costs the bytes it adds (amortized), not a
// copy of all written so far.

import (
	"fmt"
	"strings"
)

func main() {
	words := make([]string, 31)
	for i := range words {
		words[i] = strings.Repeat("abcdefghij", 4)[:10+i]
	}
	var b strings.Builder
	for i := 0; i < 1000000; i++ {
		b.WriteString(words[i%31])
	}
	fmt.Println(b.Len())
}
