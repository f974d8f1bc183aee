package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]x\n", 64)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[0]d|%[x]d|%[2]d\n", 1)
	fmt.Printf("%*d|%-*d|%*d|\n", -5, 1, 4, 2, 3, 3)
	fmt.Printf("%.*f|%.*s|\n", 2, 3.14159, 3, "abcdef")
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%.*d\n", -1, 5)
	fmt.Printf("%5%|%-5%|\n")
	fmt.Printf("%d %d\n", 1, 2, 3, "x")
	fmt.Printf("%s", nil)
	fmt.Println()
	fmt.Printf("%v %v\n", nil)
	fmt.Printf("%!d %\n", 3)
	fmt.Printf("%-+5d|%+-5d|%0-5d|%-05d|\n", 3, 3, 3, 3)
	fmt.Printf("%    d|%+ d|% +d|\n", 3, 3, 3)
	var e error
	fmt.Printf("%v|%s|%d\n", e, e, e)
	fmt.Printf("%10.4v|%-10.3v|\n", "abcdefgh", []string{"abcdef", "xy"})
	fmt.Printf("%t %t\n", "x", nil)
	fmt.Printf("%e %E %.3e\n", 123456.789, 0.000123, 0.0)
	fmt.Printf("%g %G %g %g\n", 1e21, 1e-7, 123456789.0, 0.0001)
	fmt.Printf("%08.2f|%-8.2f|%+8.2f|% 8.2f|%8.0f|\n", 3.14159, 3.14159, 3.14159, 3.14159, 2.5)
}
