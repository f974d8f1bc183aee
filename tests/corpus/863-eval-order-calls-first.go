// gc makes a statement's calls first, left to right, and reads the plain
// operands (variables, fields, elements) after them: in arguments,
// receivers, binary operators, assignments, literals and return lists.
package main

import "fmt"

type S struct{ a, b int }

var g int

func inc(p *int) int { *p += 10; return *p }
func incS(p *S) int   { p.a += 10; return p.a }
func get() int        { g++; return g }
func pr(xs ...any)    { fmt.Println(xs...) }
func two(a, b int) string { return fmt.Sprint(a, " ", b) }
func twoS(a S, b int) string { return fmt.Sprint(a, " ", b) }
func twoStr(a string, b int) string { return fmt.Sprint(a, " ", b) }

type T struct{ v int }

func (t T) show(x int) string   { return fmt.Sprint(t.v, " ", x) }
func (t *T) bump() int          { t.v += 100; return t.v }

func main() {
	m := 1
	fmt.Println("1 iface int", m, inc(&m))
	s := S{1, 2}
	fmt.Println("2 iface struct", s, incS(&s))
	str := "a"
	fmt.Println("3 iface string", str, func() int { str = "b"; return 0 }())
	sl := []int{1}
	fmt.Println("4 iface slice", sl, func() int { sl = []int{2}; return 0 }())
	n := 1
	fmt.Println("5 two int", two(n, inc(&n)))
	s2 := S{1, 2}
	fmt.Println("6 two struct", twoS(s2, incS(&s2)))
	st := "a"
	fmt.Println("7 two string", twoStr(st, func() int { st = "b"; return 0 }()))
	arr := []int{1, 2, 3}
	fmt.Println("8 index", arr[0], func() int { arr[0] = 9; return 0 }())
	i := 0
	fmt.Println("9 index in two", two(arr[i], func() int { arr[0] = 7; i = 1; return 0 }()))
	k := 1
	fmt.Println("10 binary", k+inc(&k))
	k2 := 1
	fmt.Println("11 binary r", inc(&k2)+k2)
	mp := map[string]int{"a": 1}
	fmt.Println("12 map", mp["a"], func() int { mp["a"] = 5; return 0 }())
	q := 1
	a, b := q, inc(&q)
	fmt.Println("13 assign", a, b)
	u := 1
	cs := []int{u, inc(&u)}
	fmt.Println("14 composite", cs)
	v := 1
	ss := S{v, inc(&v)}
	fmt.Println("15 struct lit", ss)
	w := 1
	fmt.Println(ret(&w))
	t := T{1}
	fmt.Println("17 recv", t.show(t.bump()))
	ptr := &S{1, 2}
	fmt.Println("18 field via ptr", ptr.a, incS(ptr))
	x := 1
	fmt.Println("19 conv", float64(x), inc(&x))
	y := 1
	fmt.Println("20 unary", -y, inc(&y))
	z := 1
	pr(z, inc(&z))
	zz := 1
	fmt.Println("22 paren/arith", zz*2, inc(&zz))
	ch := make(chan int, 1)
	ch <- 5
	r := 1
	fmt.Println("23 recv op", r, <-ch, func() int { r = 3; return 0 }())
	g = 0
	fmt.Println("24 global", g, get())
	ff := 1.5
	fmt.Println("26 float", ff, func() int { ff = 2.5; return 0 }())
	var ifc any = 1
	fmt.Println("27 iface var", ifc, func() int { ifc = 2; return 0 }())
	pp := &S{1, 2}
	fmt.Println("28 ptr", *pp, incS(pp))
	arr2 := [2]int{1, 2}
	fmt.Println("29 array", arr2, func() int { arr2[0] = 9; return 0 }())
}

func ret(w *int) (int, int) { return *w, inc(w) }
