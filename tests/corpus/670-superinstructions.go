package main

import "fmt"

// Sequences the compiler runs as one instruction (compare and branch,
// local arithmetic, indexing with locals, i++ before a backward jump,
// return of a local), entered from the top and jumped into from the
// middle, with their panics on the right lines.

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func count(a []int, lo, hi int) (n int) {
	for i := lo; i < hi; i++ {
		if a[i] > lo {
			n++
		}
	}
	return n
}

func get(a []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	v = a[i]
	return v, nil
}

func set(a []int, i, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	a[i] = v
	a[i] = 7
	return nil
}

func cmp(x, y int) string {
	s := ""
	if x == y {
		s += "eq "
	}
	if x != y {
		s += "ne "
	}
	if x < y {
		s += "lt "
	}
	if x <= y {
		s += "le "
	}
	if x > y {
		s += "gt "
	}
	if x >= y {
		s += "ge "
	}
	if x == 3 {
		s += "eq3 "
	}
	if x != 3 {
		s += "ne3 "
	}
	if x < 3 {
		s += "lt3 "
	}
	if x <= 3 {
		s += "le3 "
	}
	if x > 3 {
		s += "gt3 "
	}
	if x >= 3 {
		s += "ge3 "
	}
	if x*2 == y {
		s += "twice "
	}
	if x+1 < y {
		s += "below "
	}
	return s
}

func main() {
	fmt.Println(fib(20))
	a := make([]int, 10)
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	fmt.Println(a, count(a, 2, 9))
	flags := []bool{true, false, false, true, true}
	on := 0
	for i := 0; i < len(flags); i++ {
		if flags[i] {
			on++
		}
	}
	fmt.Println("on", on)

	// a loop whose condition is re-entered through continue
	sum := 0
	for j := 0; j <= 20; j += 3 {
		if j%2 == 0 {
			continue
		}
		sum = sum + j
	}
	fmt.Println("sum", sum)

	// decrementing
	big := 9223372036854775807
	one := 1
	k := 10
	for k > 0 {
		k--
	}
	fmt.Println("k", k)
	d := k - big
	fmt.Println(d, one-big)

	// wrapping arithmetic on locals
	fmt.Println(big+one, -big-one-one, big+1)

	for _, p := range [][2]int{{1, 2}, {2, 2}, {3, 1}, {3, 6}, {-5, 3}} {
		fmt.Printf("%d %d: %s\n", p[0], p[1], cmp(p[0], p[1]))
	}

	v, err := get(a, 3)
	fmt.Println(v, err)
	v, err = get(a, 10)
	fmt.Println(v, err)
	v, err = get(a, 9+0*v)
	fmt.Println(v, err)
	var nilSlice []int
	v, err = get(nilSlice, 0)
	fmt.Println(v, err)
	fmt.Println(set(a, 4, 40), a[4])
	fmt.Println(set(a, 12, 40))

	// an unrecovered index panic reports its line
	idx := len(a)
	fmt.Println(a[idx])
}
