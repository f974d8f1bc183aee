package main

import "fmt"

const (
	I     = 1i
	Unit  = 1 + 0i
	Rot   = complex(0, 1)
	Re    = real(3 + 4i)
	Im    = imag(3 + 4i)
	Sq    = (1 + 2i) * (1 + 2i)
	Quot  = (1 + 2i) / (3 - 4i)
	Typed complex64 = 2.5 + 0.1i
)

type Freq complex128

const F Freq = 50 + 60i

func main() {
	fmt.Println(I, Unit, Rot, Re, Im, Sq, Quot, Typed, F)
	fmt.Println(I*I == -1, Sq == -3+4i, Re+Im, Re*2)
	var f float64 = Unit
	var n int = real(Sq)
	var g float32 = Im
	fmt.Println(f, n, g)
	x := 0x1p-2i + 017i + 0o17i + 0b11i + 1_000i
	fmt.Println(x, 2.5e1i, .5i, 1.i)
	z := Typed * 2
	fmt.Printf("%v %T %T %T %T\n", z, z, I, Re, F)
	w := complex(float32(1), 2)
	fmt.Printf("%v %T\n", w, w)
	var arr [2]complex128
	arr[1] = I
	fmt.Println(arr, arr == [2]complex128{0, 1i})
	type pair struct{ a, b complex128 }
	p := pair{1, I}
	fmt.Println(p == pair{1 + 0i, Rot}, p)
}
