package main

import "fmt"

func Max[T int | int64 | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Apply[T, R any](xs []T, f func(T) R) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Convert[To, From int | int64 | float64](xs []From) []To {
	var out []To
	for _, x := range xs {
		out = append(out, To(x))
	}
	return out
}

func First[T any](xs ...T) T {
	var zero T
	if len(xs) == 0 {
		return zero
	}
	return xs[0]
}

func Ptr[T any](v T) *T { return &v }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Celsius float64

func main() {
	fmt.Println(Max(1, 2.5))
	fmt.Printf("%T %v\n", Max(3, 2), Max(3, 2))
	fmt.Println(Max("go", "c"))
	fmt.Println(Max[float64](1, 2))
	var i64 int64 = 7
	fmt.Printf("%T %v\n", Max(i64, 3), Max(i64, 3))
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})))
	strs := Apply([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q\n", strs)
	fmt.Println(Convert[float64]([]int{1, 2}))
	fmt.Printf("%T\n", Convert[int64, int])
	fmt.Println(First(4, 5, 6), First[string]() == "")
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	sum := Reduce([]int{1, 2, 3, 4}, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(sum)
	fmt.Println(Apply([]Celsius{10, 20}, func(c Celsius) float64 { return float64(c)*9/5 + 32 }))
	f := Apply[int, int]
	fmt.Println(f([]int{1}, func(x int) int { return -x }))
}
