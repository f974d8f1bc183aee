package main

import "fmt"

func main() {
	max := 9223372036854775807
	fmt.Println(max + 1)
	min := -9223372036854775808
	fmt.Println(min - 1)
	fmt.Println(-min)
	big := 3037000500
	fmt.Println(big * big)
	x := 1
	for i := 0; i < 64; i++ {
		x *= 2
	}
	fmt.Println(x)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	fmt.Println(min / -1)
	h := 0
	for _, c := range "wrap-around hash" {
		h = h*31 + int(c)
		h = h * 1000003
	}
	fmt.Println(h)
}
