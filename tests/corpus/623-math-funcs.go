package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(1.5, 3), math.Pow(2, -2), math.Pow(0, 0))
	fmt.Println(math.Abs(-3.5), math.Abs(2), math.Floor(-2.5), math.Ceil(-2.5), math.Floor(2.7), math.Ceil(2.1))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(0.49999999999999994), math.RoundToEven(2.5), math.Trunc(-7.9))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2), math.Remainder(7, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Min(math.Inf(-1), 0), math.Max(math.NaN(), 1))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(1e6), math.Exp(0), math.Exp2(8))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(10), math.Exp(1.5), math.Log1p(0.5), math.Expm1(0.5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Atan(1), math.Atan2(1, -1), math.Asin(1), math.Acos(0))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsInf(1, 0))
	nan := math.NaN()
	fmt.Println(nan, math.IsNaN(nan), nan == nan, math.IsNaN(1))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Signbit(2))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float64bits(-2))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(fr, ex, ip, fp, math.Pow10(3))
	f := math.Sqrt
	fmt.Println(f(81))
	var total float64
	for i := 1; i <= 10; i++ {
		total += math.Sqrt(float64(i * i))
	}
	fmt.Println(total)
}
