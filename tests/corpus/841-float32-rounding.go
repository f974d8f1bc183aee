package main

import (
	"fmt"
	"math"
)

func main() {
	// 2^24+1 is the first integer a float32 cannot hold
	n := int32(16777217)
	f := float32(n)
	fmt.Println(f, int32(f), f == 16777216, f+1 == f)
	var big float32 = 16777216
	for i := 0; i < 5; i++ {
		big++
	}
	fmt.Println(big)

	// the sum of many small terms drifts from float64's
	var s32 float32
	var s64 float64
	for i := 1; i <= 1000; i++ {
		s32 += 1 / float32(i)
		s64 += 1 / float64(i)
	}
	fmt.Println(s32, s64, float32(s64), s32 == float32(s64))

	// conversions in both directions
	d := 0.1
	g := float32(d)
	fmt.Println(g, float64(g), float64(g) == d, float32(float64(g)) == g)
	fmt.Println(int64(float32(1<<40+1)), uint64(float32(math.MaxUint32)), int(float32(-2)))
	u := uint64(1<<64 - 1)
	fmt.Println(float32(u), float32(int64(-1<<63)), float32(uint32(4294967295)))

	// products and quotients round once, to float32
	a, b := float32(1.1), float32(2.2)
	fmt.Println(a*b, a/b, a-b, float64(a*b), float64(a)*float64(b))
	x := float32(3)
	y := x / 7 * 7
	fmt.Println(y, y == 3)

	// overflow and underflow at float32's edges
	m := float32(math.MaxFloat32)
	fmt.Println(m, m*2, -m*2, m+1 == m)
	tiny := float32(math.SmallestNonzeroFloat32)
	fmt.Println(tiny, tiny/2, tiny*0.75, float64(tiny))
	var nan float32 = float32(math.NaN())
	fmt.Println(nan, nan == nan, nan != nan, math.IsNaN(float64(nan)))

	// constants fold exactly, then round to float32
	const third float32 = 1.0 / 3
	fmt.Println(third, third*3, float64(third))
	const c = 0.1
	var fc float32 = c
	fmt.Println(fc*fc, c*c, float32(c*c))

	// min, max and comparisons
	vals := []float32{2.5, -1.25, 7, 0.1}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi, lo < hi, vals[3] > 0.1, vals[3] == 0.1)
	fmt.Println(math.Float32bits(16777217), math.Float32bits(float32(n)), math.Float32frombits(0x7f800000))
}
