package main

import "fmt"

// A value method called through a nil pointer, directly, through an
// embedded pointer, and as a method value, panics as *p does.
type Base struct{ n int }

func (b Base) Get() int { return b.n }

type Wrap struct {
	*Base
}

func try(name string, f func() int) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	fmt.Println(name, f())
}

func main() {
	var p *Base
	try("direct", func() int { return p.Get() })
	try("embedded", func() int { return Wrap{}.Get() })
	try("method value", func() int { g := p.Get; return g() })
	w := Wrap{&Base{3}}
	try("set", w.Get)
	fmt.Println(p.Get())
}
