package main

import (
	"fmt"
	"time"
)

// Untyped integer constants are exact beyond 64 bits; only what is used
// as a value must fit its type.
const huge = 1 << 100
const maxInt = 1<<63 - 1
const minInt = -1 << 63

func main() {
	var f float64 = 1 << 70
	fmt.Println(f > 1, maxInt, minInt)
	fmt.Println(huge>>98, huge/huge, uint64(1<<63), huge > maxInt)
	x := -9223372036854775807 - 1
	fmt.Println(x, time.Duration(1<<62) > 0)
	var u uint64 = 1<<64 - 1
	fmt.Println(u, float64(huge) > 1e30)
	y := 3
	y <<= 2
	fmt.Println(y, 7/2, 7.0/2, -(huge - huge + 5))
}
