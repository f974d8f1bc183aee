package main

import "fmt"

type Z complex128

func main() {
	c := 3 + 2i
	d := complex(1.5, -0.5)
	fmt.Println(c, d, c+d, c-d, c*d, c/d, -c)
	fmt.Println(real(c), imag(c), real(d*d), c == d, c != d, c == 3+2i)
	var z complex128
	fmt.Println(z, z == 0, 2i*2i, 1i)
	var f complex64 = complex(float32(0.1), 0.2)
	fmt.Println(f, f*f, f/3, real(f), complex128(f))
	fmt.Printf("%v %g %.2f %e %8.3f|%+.1f|%T %T\n", c, c, c, d, d, c, c, f)
	const k = 1 + 2i
	const r = real(k)
	var g float64 = imag(k * k)
	fmt.Println(k, r, g, k*k, k/2)
	m := map[complex128]string{1i: "i", 1: "one", -1: "minus one"}
	m[1i] += "!"
	fmt.Println(m, len(m), m[0+1i])
	zs := []complex128{1, 2i, 3 + 3i}
	var sum complex128
	for _, x := range zs {
		sum += x
	}
	sum *= 2
	sum /= 1i
	sum++
	fmt.Println(sum, zs, Z(5i), Z(c)*2)
	var zero complex128
	fmt.Println(c/zero, zero/zero)
	var iface interface{} = c
	if v, ok := iface.(complex128); ok {
		fmt.Println("complex128", v, iface == c)
	}
	x, y := 2.0, 3.0
	fmt.Println(complex(x, y), complex(x, 1), complex(2, y))
	println(c, f)
}
