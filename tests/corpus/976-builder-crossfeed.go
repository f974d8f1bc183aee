// Two builders fed from each other's String(): neither writes into bytes
// the other still shows.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b strings.Builder
	a.WriteString("alpha-alpha-alpha-alpha-alpha-alpha")
	b.WriteString(a.String())
	for i := 0; i < 8; i++ {
		sa := a.String()
		sb := b.String()
		a.WriteString(sb[len(sb)-9:])
		b.WriteString(sa[:7])
		a.WriteByte('A' + byte(i))
		b.WriteByte('a' + byte(i))
		fmt.Println(len(sa), len(sb), a.Len(), b.Len())
		fmt.Println(sa[len(sa)-12:], "|", sb[len(sb)-12:])
	}
	fmt.Println(a.String())
	fmt.Println(b.String())

	// a copy of a string, a builder started from it, the original kept
	var c strings.Builder
	base := strings.Repeat("xy", 30)
	c.WriteString(base)
	c.WriteString("|one")
	first := c.String()
	var e strings.Builder
	e.WriteString(first)
	e.WriteString("|two")
	c.WriteString("|three")
	fmt.Println(first[56:], e.String()[56:], c.String()[56:])
}
