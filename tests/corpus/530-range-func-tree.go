package main

import (
	"fmt"
	"iter"
)

// A binary search tree whose iterators are range functions.
type Tree struct {
	root *node
	size int
}

type node struct {
	key         int
	val         string
	left, right *node
}

func (t *Tree) Put(k int, v string) {
	var added bool
	t.root, added = t.root.put(k, v)
	if added {
		t.size++
	}
}

func (n *node) put(k int, v string) (*node, bool) {
	if n == nil {
		return &node{key: k, val: v}, true
	}
	var added bool
	switch {
	case k < n.key:
		n.left, added = n.left.put(k, v)
	case k > n.key:
		n.right, added = n.right.put(k, v)
	default:
		n.val = v
	}
	return n, added
}

// All yields the pairs in key order; it stops walking when yield says so.
func (t *Tree) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		t.root.walk(yield)
	}
}

func (n *node) walk(yield func(int, string) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree) Keys() iter.Seq[int] {
	return func(yield func(int) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func Filter(seq iter.Seq[int], keep func(int) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take(seq iter.Seq[int], n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

// firstAbove returns from inside the loop body.
func firstAbove(t *Tree, min int) (int, string, bool) {
	for k, v := range t.All() {
		if k > min {
			return k, v, true
		}
	}
	return 0, "", false
}

func main() {
	t := &Tree{}
	for i, w := range []string{"m", "c", "x", "a", "e", "q", "z", "d"} {
		t.Put(int(w[0]-'a'), fmt.Sprint(w, i))
	}
	t.Put(4, "E")
	fmt.Println("size", t.size)
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	even := Filter(t.Keys(), func(k int) bool { return k%2 == 0 })
	for k := range Take(even, 3) {
		fmt.Println("even", k)
	}
	fmt.Println(firstAbove(t, 10))
	fmt.Println(firstAbove(t, 30))

	visited := 0
	t.All()(func(k int, v string) bool {
		visited++
		return k < 4
	})
	fmt.Println("visited", visited)

	var seq iter.Seq[int] = t.Keys()
	fmt.Printf("%T\n", seq)
	n := 0
	for range seq {
		n++
	}
	fmt.Println("count", n)

	// nested loops with labels over iterators
	found := 0
outer:
	for a := range t.Keys() {
		for b := range t.Keys() {
			if b >= a {
				continue outer
			}
			if a+b == 25 {
				fmt.Println("pair", a, b)
				found++
				if found == 2 {
					break outer
				}
			}
		}
	}
	fmt.Println("found", found)
}
