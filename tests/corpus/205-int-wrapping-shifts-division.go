package main

import "fmt"

func main() {
	var a int = 9223372036854775807
	a++
	fmt.Println(a)
	b := -9223372036854775808
	b--
	fmt.Println(b)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7/-2, -7%-2)
	x := -9223372036854775808
	fmt.Println(x / -1, x % -1)
	fmt.Println(1<<62, 1<<63-1)
	y := 1
	fmt.Println(y<<63, y<<64, y<<100, -8>>1, -1>>63)
	z := -8
	fmt.Println(z>>1, z>>70, z<<2)
	var u uint = 3
	fmt.Println(y << u)
	fmt.Println(5&3, 5|3, 5^3, 5&^3, ^5)
	m := 1000000007
	fmt.Println(m*m*m)
	fmt.Println(-5 % 3, 5 % -3)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const c = 10 / 4
	const d = 10 / 4.0
	fmt.Println(c, d)
	fmt.Println(7.0/2)
}
