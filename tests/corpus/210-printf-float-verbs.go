package main

import "fmt"

func main() {
	fmt.Printf("%x %X %x %x %x %.2x %x\n", 3.5, 3.5, 1.0, 0.0, -0.1, 1.0/3, 1e300)
	fmt.Printf("%10x|%-10x|\n", 2.0, 2.0)
	fmt.Printf("%5.1f|%05.1f|%x\n", -0.05, -0.05, 3.5)
}
