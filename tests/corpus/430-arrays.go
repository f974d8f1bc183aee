package main

// Arrays as values: copied on assignment, as arguments and as struct
// fields; [...]T{} with keys, comparison, len/range/index through a
// pointer, slicing an array, arrays in slices, an index out of range.

import "fmt"

type Grid [3][3]int

type Board struct {
	cells [4]string
	n     int
}

const (
	Red = iota
	Green
	Blue
)

var names = [...]string{Red: "red", Green: "green", Blue: "blue"}

func sum(a [5]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	a[0] = 100
	return t
}

func fill(p *[5]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	var a [5]int
	a[2] = 7
	b := a
	b[0] = 1
	fmt.Println(a, b, len(a), cap(b))
	fmt.Println(sum(b), b)
	fill(&a)
	fmt.Println(a, len(&a))
	c := [...]int{3, 1, 2}
	fmt.Println(c, len(c), c == [3]int{3, 1, 2}, c != [3]int{3, 1, 2})
	var g Grid
	g[1][1] = 5
	h := g
	h[1][1] = 6
	fmt.Println(g, h, g == h)
	fmt.Printf("%v %T %T %d\n", g, g, c, len(names))
	fmt.Println(names[Green], names)
	bd := Board{n: 2}
	bd.cells[1] = "x"
	bd2 := bd
	bd2.cells[1] = "y"
	fmt.Println(bd, bd2, bd == bd2)
	s := c[:]
	s[0] = 99
	fmt.Println(c, s, c[1:])
	for i, v := range [3]string{"a", "b", "c"} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	arrs := [][2]int{{1, 2}, {3, 4}}
	arrs = append(arrs, [2]int{5, 6})
	x := arrs[0]
	x[0] = 42
	fmt.Println(arrs, x)
	var z [0]int
	fmt.Println(z, len(z))
	p := &[2]bool{true}
	p[1] = true
	fmt.Println(*p, p[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 5
	fmt.Println(a[i%6])
}
