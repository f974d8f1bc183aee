package main

import "fmt"

type Num interface {
	~float64 | ~complex128 | ~complex64
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type P struct{ Z complex128 }

func rot(z complex128) (complex128, float64) { return z * 1i, real(z) }

func main() {
	m := map[string]complex64{"a": 1}
	m["a"] *= 2i
	m["b"] -= 1
	p := P{1 + 1i}
	p.Z /= 2
	zs := []complex128{1, 2}
	zs[1] += 3i
	pp := &p
	pp.Z++
	fmt.Println(m, p, zs, *pp)
	ch := make(chan complex128, 2)
	ch <- 1i
	go func() { ch <- <-ch * 2 }()
	fmt.Println(<-ch)
	a, b := rot(3 + 4i)
	fmt.Println(a, b)
	fmt.Println(Sum(1+1i, 2), Sum[complex64](1, 1i), Sum(1.5, 2))
	acc := complex(0, 0)
	f := func(x complex128) { acc += x }
	for i := 0; i < 3; i++ {
		f(complex(float64(i), 1))
	}
	defer fmt.Println("deferred", acc)
	var arr [3]complex64
	arr[2] = 5i
	b2 := arr
	b2[2] *= 2
	fmt.Println(arr, b2, arr != b2)
	fmt.Printf("%v %.1f %T\n", []interface{}{1i, complex64(2i)}, acc, acc)
}
