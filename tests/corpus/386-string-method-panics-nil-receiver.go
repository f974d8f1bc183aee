package main

import "fmt"

type N struct{ s string }

func (n *N) String() string { return "N:" + n.s }

type Q struct{ s string }

func (q *Q) Error() string { panic("no") }

func main() {
	var n *N
	var q *Q
	fmt.Println(n, q)
	fmt.Printf("[%v] [%s] [%d]\n", n, q, n)
	fmt.Println(&N{"x"}, &Q{"y"})
}
