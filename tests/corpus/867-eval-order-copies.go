// Type assertions to concrete types, []rune(s) and map literals are
// evaluated in their place; struct and slice literals read late.
package main

import "fmt"

type T struct{ v int }

func main() {
	var i any = &T{1}
	p := i.(*T)
	fmt.Println("1 assert ptr", i.(*T) == p, func() int { i = &T{2}; return 0 }())
	var e error = fmt.Errorf("a")
	fmt.Println("2 assert iface", e.(error), func() int { e = fmt.Errorf("b"); return 0 }())
	str := "ab"
	fmt.Println("3 runes", []rune(str), func() int { str = "zz"; return 0 }())
	x := 1
	fmt.Println("4 struct lit", T{x}, func() int { x = 2; return 0 }())
	y := 1
	fmt.Println("5 map lit", map[int]int{1: y}, func() int { y = 2; return 0 }())
	z := 1
	fmt.Println("6 ptr lit", *&T{z}, func() int { z = 2; return 0 }())
	w := 1
	fmt.Println("7 slice lit", []int{w}, func() int { w = 2; return 0 }())
	var s []int
	fmt.Println("8 len nil slice append", len(append(s, 1)), func() int { s = []int{1, 2}; return 0 }())
	q := 1
	fmt.Println("9 max", max(q, 0), func() int { q = 5; return 0 }())
	arr := [2]int{1, 2}
	fmt.Println("10 array slice", arr[:], func() int { arr[0] = 9; return 0 }())
	var ii any = 5
	fmt.Println("11 assert comma", ii.(int), func() int { ii = 6; return 0 }())
}
