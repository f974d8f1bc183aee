package main

import (
	"fmt"
	"strconv"
)

type Signal struct {
	Name string
	Z    complex128
	W    complex64
}

type Phasor complex128

func (p Phasor) String() string { return fmt.Sprintf("∠%.1f", imag(complex128(p))) }

func main() {
	vals := []complex128{0, 1, -1i, 1.5 + 2.25i, complex(1e21, -1e-7), complex(123456789, 0.1)}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.3f|%e|%E|%G|%9.2f|%-14.1e|%+v|%x\n", v, v, v, v, v, v, v, v, v, v)
	}
	c64 := []complex64{complex(0.1, 0.2), 1.0 / 3i}
	fmt.Println(vals, c64)
	fmt.Printf("%v %T %d %s\n", c64[0], c64, vals[3], vals[3])
	s := Signal{"carrier", 3 - 4i, complex(float32(0.5), 0.25)}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Println(Phasor(2i), []Phasor{1, 3i})
	fmt.Println(fmt.Sprint(1i, 2i), fmt.Sprintln(1+1i, "x"), fmt.Sprintf("[%6.1f]", 1-1i))
	fmt.Println(strconv.FormatFloat(real(vals[3]), 'f', -1, 64), strconv.FormatFloat(float64(imag(c64[0])), 'g', -1, 32))
	var any interface{} = complex64(1 + 1i)
	switch v := any.(type) {
	case complex128:
		fmt.Println("complex128", v)
	case complex64:
		fmt.Println("complex64", v, real(v)+imag(v))
	}
	m := map[complex64]int{1: 1, 1i: 2, -1: 3, 0: 4}
	fmt.Println(m)
}
