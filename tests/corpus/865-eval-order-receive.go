// A receive is made in its place among the calls, the variables another
// goroutine changed meanwhile are read after it; len and cap are taken
// in their place.
package main

import "fmt"

var gs []int

func push() int { gs = append(gs, 1); return len(gs) }

func main() {
	x := 1
	ch := make(chan int)
	go func() { x = 2; ch <- 7 }()
	fmt.Println("1 var recv", x, <-ch)
	y := 1
	go func() { y = 2; ch <- 7 }()
	fmt.Println("2 var recv call", y, <-ch, fmt.Sprint(0))
	out := make(chan int, 1)
	out <- 1
	fmt.Println("3 len recv", len(out), <-out)
	gs = []int{1}
	fmt.Println("4 len call", len(gs), push())
	out <- 1
	z := 1
	fmt.Println("5 recv then var", z, <-out, func() int { z = 5; return 0 }())
	out <- 1
	fmt.Println("6 len call recv", len(out), fmt.Sprint(""), <-out)
	b := []int{1, 2}
	fmt.Println("7 cap", cap(b), func() int { b = append(b, 3); return 0 }())
	m := map[int]int{}
	fmt.Println("8 len map", len(m), func() int { m[1] = 1; return 0 }())
	st := "ab"
	fmt.Println("9 len str", len(st), func() int { st = "abc"; return 0 }())
	w := 1
	out <- 9
	a := []int{w, <-out}
	fmt.Println("10 slice recv", a)
	go func() { w = 2; ch <- 7 }()
	q := w + <-ch
	fmt.Println("11 binary recv", q)
}
