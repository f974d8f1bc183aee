package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.n) }

type Bad int

func (b Bad) String() string { panic("boom") }

func main() {
	var v *V
	var p *P
	fmt.Println(v, p)
	fmt.Printf("%v|%s|%5v|\n", v, p, p)
	fmt.Println(Bad(1))
	fmt.Printf("%d %v\n", Bad(2), Bad(3))
}
