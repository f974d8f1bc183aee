package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x %X\n", 456, 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("pointer is nil: %t\n", (*point)(nil) == nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("pad: %05d %+d %x\n", 42, 7, -255)
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Println(celsius(21.456), []celsius{1, 2})
	fmt.Printf("%v %v %s\n", []int{1, 2}, map[string]int{"b": 2, "a": 1}, []string{"x", "y"})
	fmt.Printf("%8.3f|%-8v|%q\n", 3.14159, true, 'g')
	fmt.Printf("%%d with missing: %d\n", 1)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")
}
