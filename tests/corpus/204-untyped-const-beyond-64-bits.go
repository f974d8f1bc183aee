package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
)

const huge = 1 << 62

func main() {
	more()
	fmt.Println(KB, MB, GB, TB, PB, EB)
	fmt.Println(huge*4/8, huge/huge)
	const x = 1 << 100
	fmt.Println(x >> 90, x / (1 << 95))
	const y = 9223372036854775807
	fmt.Println(y, y-1+1)
	fmt.Println((y+1)/2)
	const mixed = 'a' + 1
	fmt.Println(mixed, string(rune(mixed)))
	fmt.Printf("%c %v %q\n", mixed, mixed, mixed)
	const f = 3 / 2.0
	fmt.Println(f, 3/2, 3.0/2.0, 1/3.0)
	var z int = 7
	fmt.Println(z/2.0, z*1.0)
	const s = "con" + "cat"
	fmt.Println(s, len(s), s[1], s[1:3])
	const big = 1000000 * 1000000 * 1000000
	fmt.Println(big / 1000000000000)
	fmt.Println(-7>>1, -7/2, ^0, -(-9223372036854775807 - 1) == -9223372036854775808)
	var n int = -9223372036854775808
	fmt.Println(-n, n-1, n*-1)
	fmt.Println(0x10, 0o17, 017, 0b101, 1_000_000, 'a', '\n', '\x41', '\u00e9')
}
const huge100 = 1 << 100

func more() {
	var f float64 = huge100
	fmt.Println(f, huge100*1.0, float64(huge100)/3)
	fmt.Println(huge100>>99, -huge100>>99, huge100/huge100, huge100%7)
	fmt.Println(1<<63-1, -1<<63, 1<<62*2-1+1<<62*2 == 1<<64)
	const m = -9223372036854775808
	fmt.Println(m, -m-1)
	const bigLit = 100000000000000000000
	fmt.Println(bigLit / 1e10, bigLit/10000000000)
	const h = 0x1_0000_0000_0000_0000
	fmt.Println(h >> 4)
}
