package main

import "fmt"

type point struct {
	x, y int
}

func (p point) sum() int { return p.x + p.y }
func (p *point) move(d int) { p.x += d; p.y += d }

func main() {
	p := point{1, 2}
	q := p
	q.x = 10
	p.move(5)
	fmt.Println(p, q, p.sum(), q.sum())
	r := &point{y: 7}
	r.move(1)
	fmt.Println(*r, r.x)
	var e struct{}
	fmt.Println(e, struct{}{})
}
