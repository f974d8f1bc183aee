package main

import (
	"fmt"
	"os"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	b := fmt.Append(nil, "n=", 3, " ok")
	fmt.Printf("%q %d\n", b, len(b))
	b = fmt.Appendf(b, " [%05.1f|%x]", 3.14159, 255)
	b = fmt.Appendln(b, "end", point{1, 2})
	os.Stdout.Write(b)
	buf := make([]byte, 0, 64)
	for i := 0; i < 3; i++ {
		buf = fmt.Appendf(buf, "%d,", i)
	}
	fmt.Println(string(buf), cap(buf) >= 6)
	pre := []byte("pre:")
	x := fmt.Append(pre[:2], "X")
	fmt.Println(string(pre), string(x))
	fmt.Println(string(fmt.Appendln(nil)))
}
