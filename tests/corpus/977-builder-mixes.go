// WriteByte, WriteRune, Write and WriteString mixed; Grow and Reset.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	var b strings.Builder
	b.Grow(64)
	fmt.Println(b.Len(), b.String() == "")
	for i := 0; i < 30; i++ {
		switch i % 4 {
		case 0:
			b.WriteByte('0' + byte(i%10))
		case 1:
			n, err := b.WriteRune('é' + rune(i))
			fmt.Print(n, err, " ")
		case 2:
			n, err := b.Write([]byte{'<', byte('a' + i%26), '>'})
			fmt.Print(n, err, " ")
		default:
			n, err := b.WriteString("日本語")
			fmt.Print(n, err, " ")
		}
	}
	fmt.Println()
	s := b.String()
	fmt.Println(len(s), utf8.RuneCountInString(s), b.Len())
	fmt.Println(s)
	b.Reset()
	fmt.Println(b.Len(), b.String() == "", s[:12])
	b.WriteString("after reset, a fresh start that is long enough")
	b.Grow(1000)
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())
	fmt.Println(len(s), s[len(s)-9:])

	defer func() { fmt.Println("recovered:", recover()) }()
	b.Grow(-1)
}
