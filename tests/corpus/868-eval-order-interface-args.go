// Operands that become interface values through a copy (a comparison,
// !, a one-byte conversion, a two-word struct literal) are copied in
// their place; others are read after the calls.
package main

import (
	"fmt"
	"log"
	"os"
)

func show(a any, n int) { fmt.Println("show", a, n) }
func showB(a bool, n int) { fmt.Println("showB", a, n) }

type S struct{ a, b int }

func main() {
	q := []int{}
	ch := make(chan int)
	go func() { q = append(q, 1); ch <- 1 }()
	fmt.Println("1 cmp recv", len(q) > 0, <-ch)
	x := 1
	fmt.Println("2 not", !(x == 1), func() int { x = 2; return 0 }())
	y := 300
	fmt.Println("3 byte conv", byte(y), func() int { y = 301; return 0 }())
	z := 1
	show(z == 1, func() int { z = 2; return 0 }())
	w := 1
	showB(w == 1, func() int { w = 2; return 0 }())
	v := 1
	fmt.Printf("6 printf %v %v\n", v == 1, func() int { v = 2; return 0 }())
	u := 1
	s := fmt.Sprint("7 sprint ", u == 1, func() int { u = 2; return 0 }())
	fmt.Println(s)
	t := 1
	fmt.Println("8 struct lit", S{t, t}, func() int { t = 2; return 0 }())
	r := 1
	_ = os.Stdout
	log.SetFlags(0)
	log.Println("9 log", r == 1, func() int { r = 2; return 0 }())
	k := 1
	fmt.Println("10 cmp in expr", fmt.Sprint(k == 1), k == 1, func() int { k = 2; return 0 }())
	i8 := 1
	fmt.Println("12 int8 conv", int8(i8), int16(i8), func() int { i8 = 2; return 0 }())
	var a any = 1
	fmt.Println("13 iface eq", a == 1, func() int { a = 2; return 0 }())
}
