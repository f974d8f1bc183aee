package main

import (
	"cmp"
	"fmt"
	"sync"
)

type Number interface {
	~int | ~float64
	comparable
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

type Pair[K comparable, V any] struct {
	sync.Mutex
	k K
	v V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[S ~[]E, E Number](s S) (t E) {
	for _, x := range s {
		t += x
	}
	return
}

func Send[T any](ch chan<- T, v T) { ch <- v }

func main() {
	b := Box[int]{}
	b.Set(1)
	p := &Pair[string, []int]{k: "a"}
	p.Lock()
	p.Unlock()
	ch := make(chan float64, 1)
	go Send(ch, 2.5)
	f := Map[int, string]
	fmt.Println(f([]int{1}, func(i int) string { return fmt.Sprint(i) }), Sum([]int{1, 2}), <-ch, cmp.Compare(1, 2), b.v)
}
