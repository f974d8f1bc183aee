// Which operands gc evaluates in their place among the calls (append,
// min, make, []byte(s), type assertions, slicing) and which it reads
// after them (conversions, dereferences, arithmetic, indexing).
package main

import "fmt"

func main() {
	s := []int{1}
	fmt.Println("1 append", append(s, 2), func() int { s[0] = 9; return 0 }())
	a, b := 1, 2
	fmt.Println("2 min", min(a, b), func() int { a = 0; return 0 }())
	n := 2
	fmt.Println("3 make", len(make([]int, n)), make([]int, n), func() int { n = 5; return 0 }())
	bs := []byte("ab")
	fmt.Println("4 string conv", string(bs), func() int { bs[0] = 'z'; return 0 }())
	str := "ab"
	fmt.Println("5 bytes conv", []byte(str), func() int { str = "zz"; return 0 }())
	var i any = 1
	fmt.Println("6 assert", i.(int), func() int { i = 2; return 0 }())
	p := new(int)
	fmt.Println("7 deref", *p, func() int { *p = 3; return 0 }())
	dst := make([]int, 2)
	src := []int{1, 2}
	fmt.Println("8 copy", copy(dst, src), dst, func() int { src[0] = 5; return 0 }())
	r := 'a'
	fmt.Println("9 string rune", string(r), func() int { r = 'b'; return 0 }())
	f := 1.5
	fmt.Println("10 int conv", int(f), func() int { f = 2.5; return 0 }())
	x := 3
	fmt.Println("11 arith", x*2+1, func() int { x = 0; return 0 }())
	st := "ab"
	fmt.Println("12 concat", st+"c", func() int { st = "zz"; return 0 }())
	arr := []int{1, 2, 3}
	fmt.Println("13 slice expr", arr[1:], func() int { arr = []int{7, 8, 9}; return 0 }())
	m := map[string]int{"a": 1}
	v, ok := m["a"], func() bool { m["a"] = 2; return true }()
	fmt.Println("14 map", v, ok)
	c := 1
	fmt.Println("15 cmp", c == 1, func() int { c = 2; return 0 }())
	ss := "héllo"
	fmt.Println("16 index str", ss[1], func() int { ss = "abc"; return 0 }())
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println("18 cap chan", cap(ch), len(ch), func() int { ch <- 2; return 0 }())
}
