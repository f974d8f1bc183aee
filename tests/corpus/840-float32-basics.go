package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

type Celsius float32

func main() {
	var a float32 = 0.1
	fmt.Println(a, float64(a))
	b := a * 3
	fmt.Println(b, a+0.2, a/3, -a)
	fmt.Println(float32(16777217), float32(int64(16777217)))
	n := 16777217
	fmt.Println(float32(n), float32(uint64(1<<63+1<<39+1)))
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1, float64(s))
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, float32(d))
	fmt.Printf("%v %g %f %.2f %e %8.3f|%-8.2f|%x\n", a, a, a, a, a, a, a, a)
	fmt.Printf("%T %T\n", a, Celsius(3))
	c := Celsius(36.6)
	fmt.Println(c, c*2, math.MaxFloat32, float32(math.MaxFloat32))
	fmt.Println(strconv.FormatFloat(float64(a), 'g', -1, 32), strconv.FormatFloat(float64(a), 'g', -1, 64))
	p, err := strconv.ParseFloat("3.14159265358979", 32)
	fmt.Println(p, float32(p), err)
	fmt.Println(math.Float32bits(a), math.Float32frombits(0x3f800000), math.Float32bits(-0.0))
	m := map[float32]int{0.1: 1, 0.5: 2}
	m[a]++
	fmt.Println(m[0.1], len(m))
	xs := []float32{3.5, 1.25, 2.1, -7}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(xs)
	arr := [3]float32{1.0 / 3, 2.0 / 3, 1}
	fmt.Println(arr, arr[0]+arr[1] == arr[2])
	ff := float32(2.9)
	i := int(ff)
	fmt.Println(i, int32(-ff), uint8(float32(255)))
	var z float32
	fmt.Println(1/z, -1/z, z/z, z == -z)
	f := float32(1e38)
	fmt.Println(f*10, f*10/10)
	fmt.Println(float32(1)/3*3 == 1, float32(0.7)+float32(0.1))
	var iface interface{} = a
	if v, ok := iface.(float32); ok {
		fmt.Println("float32", v)
	}
	switch iface.(type) {
	case float64:
		fmt.Println("f64")
	case float32:
		fmt.Println("f32")
	}
	fmt.Println(float32(1e20), float32(123456789), float32(1e-10), float32(100000), float32(1000000))
	println(a)
}
