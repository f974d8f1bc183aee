package main

import (
	"fmt"
	"math"
)

const big = math.MaxInt32 + 1
const tau = 2 * math.Pi

func main() {
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt16, math.MinInt8, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	var u uint64 = math.MaxUint64
	fmt.Println(u, uint32(math.MaxUint32), big, int64(big)*2)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Pi, math.E, tau, math.Sqrt2, math.Ln2, math.Phi)
	fmt.Println(math.Pi/2, math.Pi*1e10)
	var x int8 = math.MaxInt8
	var y int32 = math.MinInt32
	fmt.Println(x, y)
	const third = math.MaxUint64 / 3
	fmt.Println(uint64(third), math.MaxUint64%10)
	r := 2.0
	fmt.Printf("%.4f\n", math.Pi*r*r)
	fmt.Println(math.MaxInt64 - 1)
}
