package main

import "fmt"

func main() {
	x := 9223372036854775807
	x++
	fmt.Println(x, -x, x*2)
	var y int = 3037000500
	fmt.Println(y*y, -7/2, -7%2, 7>>1, -7>>1, x<<1)
	var b byte = 250
	b += 10
	fmt.Println(b)
}
