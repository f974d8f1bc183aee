// Builder snapshots: strings handed out by String() keep their bytes while
// the builder grows past them, and a builder fed its own String() doubles.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	var snaps []string
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "[%02d]", i)
		b.WriteString("-abcdefghij")
		if i%7 == 0 {
			snaps = append(snaps, b.String())
		}
	}
	for i, s := range snaps {
		fmt.Println(i, len(s), s[len(s)-15:])
	}
	fmt.Println(b.Len(), len(b.String()))

	var d strings.Builder
	d.WriteString("0123456789abcdefghijklmnopqrstuvwxyz")
	for i := 0; i < 6; i++ {
		s := d.String()
		d.WriteString(s)
		fmt.Println(len(s), d.Len(), s[:10], s[len(s)-4:])
	}
	old := d.String()
	d.WriteString("!tail")
	fmt.Println(strings.HasSuffix(old, "wxyz"), strings.HasSuffix(d.String(), "!tail"))
	sub := old[10:50]
	d.WriteString(sub)
	fmt.Println(sub, d.String()[d.Len()-40:])
}
