package main

import (
	"errors"
	"fmt"
	"iter"
	"sort"
	"strings"
)

// Goroutines whose whole life is on their first stack: calls of every
// shape run inside them, each result sent back in order.

type Pt struct{ X, Y int }

func (p Pt) Sum() int         { return p.X + p.Y }
func (p *Pt) Scale(k int)     { p.X *= k; p.Y *= k }
func (p Pt) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Pt) Pair() (int, int) { return p.X, p.Y }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func three(a, b, c int) (int, int, int) { return c, b, a }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func countdown(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := n; i > 0; i-- {
			if !yield(i, strings.Repeat("*", i)) {
				return
			}
		}
	}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func nested() (s string) {
	defer func() { s += " outer" }()
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("caught ", r)
		}
	}()
	func() {
		defer func() { s = "inner ran" }()
		panic("deep")
	}()
	return "unreached"
}

func run(out chan<- string, name string, f func() string) {
	out <- name + ": " + f()
}

func main() {
	out := make(chan string)
	jobs := []struct {
		name string
		f    func() string
	}{
		{"fib", func() string { return fmt.Sprint(fib(15)) }},
		{"depth", func() string { return fmt.Sprint(depth(5000)) }},
		{"variadic", func() string { return fmt.Sprint(sum(), sum(1), sum(1, 2, 3, 4, 5, 6, 7, 8)) }},
		{"spread", func() string { xs := []int{4, 5, 6}; return fmt.Sprint(sum(xs...)) }},
		{"three", func() string { a, b, c := three(1, 2, 3); return fmt.Sprint(a, b, c) }},
		{"method values", func() string {
			p := Pt{2, 3}
			s := p.Sum
			sc := p.Scale
			sc(10)
			x, y := p.Pair()
			return fmt.Sprint(s(), p.Sum(), x, y, p)
		}},
		{"method exprs", func() string {
			f := Pt.Sum
			g := (*Pt).Scale
			p := &Pt{1, 1}
			g(p, 7)
			return fmt.Sprint(f(*p), p.String())
		}},
		{"closures", func() string {
			acc := 0
			add := func(k int) func() int { return func() int { acc += k; return acc } }
			a, b := add(1), add(100)
			return fmt.Sprint(a(), b(), a(), b())
		}},
		{"generics", func() string {
			sq := Map([]int{1, 2, 3}, func(x int) int { return x * x })
			st := Map(sq, func(x int) string { return fmt.Sprint("#", x) })
			return fmt.Sprint(sq, st, Max(3, 9), Max("go", "gc"))
		}},
		{"range over func", func() string {
			var b strings.Builder
			for i, s := range countdown(5) {
				if i == 2 {
					break
				}
				fmt.Fprintf(&b, "%d%s ", i, s)
			}
			return b.String()
		}},
		{"recover", func() string {
			q, err := safeDiv(7, 2)
			q2, err2 := safeDiv(1, 0)
			return fmt.Sprint(q, err, q2, err2)
		}},
		{"nested defers", nested},
		{"callbacks", func() string {
			xs := []int{5, 2, 8, 1, 9}
			sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
			up := strings.Map(func(r rune) rune { return r - 32 }, "gopher")
			i := strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' })
			return fmt.Sprint(xs, up, i)
		}},
		{"comma ok", func() string {
			m := map[string]int{"a": 1}
			v, ok := m["a"]
			w, ok2 := m["b"]
			var e any = Pt{1, 2}
			p, ok3 := e.(Pt)
			_, ok4 := e.(error)
			c := make(chan int, 1)
			c <- 4
			close(c)
			r, ok5 := <-c
			r2, ok6 := <-c
			return fmt.Sprint(v, ok, w, ok2, p, ok3, ok4, r, ok5, r2, ok6)
		}},
		{"errors", func() string {
			base := errors.New("base")
			wrapped := fmt.Errorf("wrap: %w", base)
			return fmt.Sprint(errors.Is(wrapped, base), wrapped)
		}},
	}
	for _, j := range jobs {
		go run(out, j.name, j.f)
		fmt.Println(<-out)
	}
}
