package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Celsius float64

type Stringer interface {
	String() string
}

type ID int

func (i ID) String() string { return fmt.Sprintf("id-%d", int(i)) }

type Labeled interface {
	comparable
	String() string
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	return float64(Sum(xs)) / float64(len(xs))
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Dedup[T Labeled](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.String())
		}
	}
	return out
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Temps []Celsius

func (t Temps) Max() Celsius {
	m := t[0]
	for _, v := range t {
		if v > m {
			m = v
		}
	}
	return m
}

func Zero[T any]() T {
	var z T
	return z
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Sum([]Celsius{20.5, 1}), Average([]int32{1, 2}))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]float64{1}, 2))
	fmt.Println(Index([]any{1, "x", nil}, nil))
	fmt.Println(Join([]ID{1, 2, 3}, ","))
	fmt.Println(Dedup([]ID{3, 3, 1}))
	t := Scale(Temps{10, 30, 20}, 2)
	fmt.Printf("%T %v %v\n", t, t, t.Max())
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Describe(1), Describe("s"), Describe(2.5), Describe(ID(1)))
}
