package main

import "fmt"

type node struct {
	val  int
	next *node
}

func get(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	a := []int{10, 20, 30, 40}
	i := 0
	i, a[i] = 2, 9
	fmt.Println(i, a)
	a[i], i = 7, 3
	fmt.Println(i, a)
	a[0], a[1], a[2], a[3] = a[3], a[2], a[1], a[0]
	fmt.Println(a)
	j := 1
	a[j], a[j+1] = a[j+1], a[j]
	fmt.Println(a)
	n := &node{1, nil}
	m := &node{2, nil}
	n, n.val = m, 5
	fmt.Println(n.val, m.val)
	p := &j
	p, *p = nil, 42
	fmt.Println(j, p == nil)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
	fmt.Println(grid)
	mp := map[string]int{}
	k := "a"
	k, mp[k] = "b", 1
	fmt.Println(k, mp)
	a[get("lhs", 0)], a[get("lhs2", 1)] = get("rhs", 100), get("rhs2", 200)
	fmt.Println(a)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := "abc"
	var t string
	s, t = t, s
	fmt.Printf("%q %q\n", s, t)
	var _, w = 1, 2
	fmt.Println(w)
	a, a[0] = []int{5, 6}, 77
	fmt.Println(a)
}
