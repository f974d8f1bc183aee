package main

import (
	"fmt"
	"sync"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T       { return b.v }
func (b *Box[T]) Put(v T)     { b.v = v }
func (b Box[T]) Show() string { return fmt.Sprint("box(", b.v, ")") }

type Named[T any] struct {
	Box[T]
	Name string
}

type Guarded[T any] struct {
	sync.Mutex
	val T
}

type Getter[T any] interface {
	Get() T
}

type Queue[T any] chan T

func (q Queue[T]) Push(v T) { q <- v }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func Of[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func Use(l sync.Locker) { l.Lock(); l.Unlock() }

func GetAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	n := Named[string]{Box[string]{"x"}, "n"}
	n.Put("y")
	fmt.Println(n.Get(), n.Show(), n.Name)
	get := n.Box.Get
	put := (*Box[string]).Put
	b := &Box[string]{"q"}
	put(b, "z")
	fmt.Println(get(), b.Get())

	g := &Guarded[int]{val: 1}
	Use(g)
	fmt.Println(g.val)

	q := make(Queue[int], 1)
	q.Push(5)
	fmt.Println(<-q)

	s := Of("a", "b")
	fmt.Println(s.Has("a"), s.Has("c"), len(s))
	ks := Keys(s)
	fmt.Println(len(ks))

	fmt.Println(GetAll[int](Box[int]{1}, &Box[int]{2}))
	evens := Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(Filter([]string{}, func(string) bool { return true })))
	var bi Getter[float64] = Box[float64]{1.5}
	fmt.Printf("%v %T\n", bi.Get(), bi)
}
