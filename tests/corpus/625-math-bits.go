package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	fmt.Println(bits.OnesCount(255), bits.OnesCount8(7), bits.OnesCount16(0xFFFF), bits.OnesCount32(0xF0F0), bits.OnesCount64(1<<63|1))
	fmt.Println(bits.LeadingZeros(1), bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(256), bits.LeadingZeros64(0))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros8(0), bits.TrailingZeros16(1024), bits.TrailingZeros32(0), bits.TrailingZeros64(1<<40))
	fmt.Println(bits.Len(0), bits.Len(8), bits.Len8(255), bits.Len16(256), bits.Len32(1<<31), bits.Len64(12345))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(0x80000001, 4), bits.RotateLeft64(3, 62), bits.RotateLeft(1, 65))
	fmt.Println(bits.Reverse8(1), bits.Reverse16(0x00FF), bits.Reverse32(1), bits.Reverse64(6), bits.Reverse(1))
	fmt.Printf("%#x %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	s, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	hi, lo = bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Println(hi, lo)
	var x uint = 40
	fmt.Println(bits.OnesCount(x), bits.Len(x), bits.Reverse(x)>>58)
	var y uint8 = 200
	fmt.Println(bits.RotateLeft8(y, 3), bits.ReverseBytes(1)>>56)
}
