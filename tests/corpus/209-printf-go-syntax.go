package main

import (
	"errors"
	"fmt"
	"time"
)

type T struct {
	A int
	B string
	C []int
	D *T
	E interface{}
}

type N int

func (n N) String() string { return "n" }

func main() {
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1, "s\n", true, 1.0, 2.5)
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, []string{"a"}, []int(nil))
	fmt.Printf("%#v\n", T{1, "x", []int{3}, nil, nil})
	fmt.Printf("%#v\n", &T{A: 2})
	fmt.Printf("%#v %#v\n", struct{}{}, []struct{}{{}})
	fmt.Printf("%#v %#v %#v\n", map[string]int{"b": 2, "a": 1}, map[int]bool(nil), N(3))
	fmt.Printf("%#v %#v %#v\n", time.Second, uint(7), uint8(255))
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, nil)
	var e error
	fmt.Printf("%#v %#v\n", e, []error{nil})
	var ip *int
	fmt.Printf("%#v %#v\n", ip, [][]int{{1}, nil})
	fmt.Printf("%#v\n", errors.New("x") == nil)
	fmt.Printf("%T %T %T %T\n", []interface{}{1}, map[string][]interface{}{}, struct{}{}, &T{})
	fmt.Printf("%#v|%8v|%-6d|\n", 'x', N(1), N(2))
	fmt.Printf("%#v %#v\n", []byte{1, 2}, "")
}
