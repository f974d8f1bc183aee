package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func MakePairs[K comparable, V any](ks []K, v V) []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range ks {
		out = append(out, Pair[K, V]{k, v})
	}
	return out
}

type Numbers = Stack[float64]

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err)

	ss := &Stack[string]{}
	ss.Push("a")
	fmt.Printf("%T %v %d\n", ss, *ss, ss.Len())

	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	var st interface{ String() string } = Pair[int, bool]{Key: 2, Val: true}
	fmt.Println(st.String())
	fmt.Println(MakePairs([]string{"a", "b"}, 0.5))

	var l List[string]
	l.Add("x")
	l.Add("y")
	b := ""
	l.Each(func(s string) { b += s })
	fmt.Println(b, l.size)

	var n Numbers
	n.Push(1.5)
	fmt.Printf("%T %v\n", n, n.items)

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Println(Pair[string, int]{"a", 1} == p, p == Pair[string, int]{"x", 1})
}
