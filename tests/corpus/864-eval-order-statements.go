// The order of calls and reads as gc has it in go and defer statements,
// var declarations, sends, conditions, map keys and callees.
package main

import "fmt"

type S struct{ a, b int }

func inc(p *int) int { *p += 10; return *p }

//go:noinline
func noinl(f func()) int { f(); return 0 }

func boolParam(b bool, s S) {
	fmt.Println("1 bool param", b, func() int { b = false; return 0 }())
	fmt.Println("2 struct param", s, func() int { s.a = 99; return 0 }())
}

func main() {
	boolParam(true, S{1, 2})
	b := true
	fmt.Println("3 bool noinline", b, noinl(func() { b = false }))
	s2 := S{1, 2}
	fmt.Println("5 struct noinline", s2, noinl(func() { s2.a = 9 }))
	f := func(x int) string { return fmt.Sprint("f", x) }
	fmt.Println("6 callee", f(func() int { f = func(x int) string { return fmt.Sprint("g", x) }; return 1 }()))
	x := 1
	t := true
	fmt.Println("7 andand", x, t && inc(&x) > 0, x)
	m := map[int]int{1: 10, 2: 20}
	k := 1
	fmt.Println("8 mapkey", m[k], m[func() int { k = 2; m[1] = 11; return 1 }()])
	y := 1
	if y != inc(&y) {
		fmt.Println("9 if differs")
	} else {
		fmt.Println("9 if same")
	}
	z := 1
	var v1, v2 = z, inc(&z)
	fmt.Println("10 var", v1, v2)
	w := 1
	ch := make(chan int, 1)
	ch <- w + inc(&w)
	fmt.Println("11 send", <-ch)
	arr := [3]int{1, 2, 3}
	fmt.Println("12 array elem", arr[0], func() int { arr[0] = 5; return 0 }())
	u := 1
	defer fmt.Println("13 defer", u, inc(&u))
	q := 1
	done := make(chan bool)
	go func(a, b int) { fmt.Println("14 go", a, b); done <- true }(q, inc(&q))
	<-done
	i16 := int16(1)
	fmt.Println("16 int16", i16, func() int { i16 = 2; return 0 }())
	r := 'a'
	fmt.Println("17 rune", r, func() int { r = 'b'; return 0 }())
	str := "x"
	fmt.Println("18 concat", str+"y", func() int { str = "z"; return 0 }())
	n := 1
	fmt.Println("19 println", n, inc(&n))
	println("20 builtin println", n, inc(&n))
	p := &S{1, 2}
	fmt.Println("21 deref", *p, func() int { p = &S{7, 7}; return 0 }())
	e := 1
	res := []int{e, inc(&e), e}
	fmt.Println("22 slice lit", res)
	g := 1
	fmt.Printf("23 printf %d %d\n", g, inc(&g))
	h := 1
	fmt.Println("24 sprint", fmt.Sprint(h, inc(&h)))
}
