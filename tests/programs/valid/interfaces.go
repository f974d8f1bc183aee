package main

import "fmt"

type geometry interface {
	area() float64
	perim() float64
}

type rect struct {
	width, height float64
}

type square struct {
	side float64
}

func (r rect) area() float64  { return r.width * r.height }
func (r rect) perim() float64 { return 2*r.width + 2*r.height }

func (s square) area() float64  { return s.side * s.side }
func (s square) perim() float64 { return 4 * s.side }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Println(g.area())
	fmt.Println(g.perim())
}

func detectSquare(g geometry) {
	if s, ok := g.(square); ok {
		fmt.Println("square with side", s.side)
	}
}

func main() {
	r := rect{width: 3, height: 4}
	s := square{side: 5}
	measure(r)
	measure(s)
	detectSquare(r)
	detectSquare(s)
}
