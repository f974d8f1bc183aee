package main

import "fmt"

const maxU uint64 = 1<<64 - 1

func main() {
	sized()
	var x uint64 = maxU
	fmt.Println(x, maxU, maxU/2, maxU>>60)
	y := uint64(18446744073709551615)
	fmt.Println(y == maxU, y-1, uint64(1<<63), uint(1<<63)+1)
	var u uint = 1 << 63
	fmt.Println(u, u*2, u>>62)
	fmt.Printf("%x %d %v\n", maxU, maxU, uint64(1<<64-2))
	fmt.Println(y > 1<<63, 1<<63 < y)
}
func sized() {
	var y uint64 = 18446744073709551615
	var z uint64 = 3
	var w uint = 1 << 63
	fmt.Println(y/z, y%7, y > z, z < y, w > 5, y>>1, float64(y), int(w), int64(y))
	var a uint32 = 4000000000
	a += 500000000
	var b uint16 = 65535
	b += 2
	var c int16 = -32768
	c--
	fmt.Println(a, b, c, a/3, -c)
	var i8 int8 = -128
	fmt.Println(i8/-1, i8%-1, -i8, i8>>1, uint8(i8))
	n := 5
	fmt.Println(y>>uint(n), w<<1, ^z, ^uint8(1))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)), float64(7)/2)
	var r rune = 'é'
	var bt byte = 'A'
	fmt.Println(r, bt, r+1, bt+1, string(r+1), string(rune(bt)+1))
	fmt.Printf("%v %c %q %T\n", r, r, r, bt)
}
