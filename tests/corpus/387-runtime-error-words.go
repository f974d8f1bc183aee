package main

import (
	"errors"
	"fmt"
)

type I interface {
	Zeta()
	Alpha()
	M()
}

type T struct{}

func (T) M() {}

type E struct{}

type F struct{}

func (*F) Zeta()  {}
func (*F) Alpha() {}
func (*F) M()     {}

func (*E) Error() string { return "e" }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var x interface{}
	var e error
	var a any
	try("nil any", func() { _ = a.(string) })
	try("nil empty", func() { _ = x.(int) })
	try("nil error", func() { _ = e.(*E) })
	try("nil named", func() { var i I; _ = i.(*F) })
	try("nil to interface", func() { _ = e.(I) })
	try("nil any to interface", func() { _ = x.(error) })
	try("missing", func() { x = T{}; _ = x.(I) })
	try("missing from error", func() { e = &E{}; _ = e.(I) })
	try("wrong type", func() { e = errors.New("x"); _ = e.(*E) })
	try("wrong empty", func() { x = 3; _ = x.(string) })
	s := make([]int, 10)
	str := "hello"
	for _, c := range [][]int{{0, 5, 4}, {0, 11, 12}, {0, 5, 11}, {6, 5, 8}, {0, -1, 4}, {-1, 2, 4}, {0, 2, -1}} {
		i, j, k := c[0], c[1], c[2]
		try(fmt.Sprint("s", c), func() { _ = s[i:j:k] })
	}
	for _, c := range [][]int{{0, 11}, {6, 5}, {0, -1}, {-2, 3}} {
		i, j := c[0], c[1]
		try(fmt.Sprint("s2", c), func() { _ = s[i:j] })
		try(fmt.Sprint("str", c), func() { _ = str[i:j] })
	}
	r := rune(0xD800)
	fmt.Printf("%q %q %q %q\n", string(r), string(rune(0xD800)), string(rune(0xDFFF)), string(rune(0xE000)))
}
