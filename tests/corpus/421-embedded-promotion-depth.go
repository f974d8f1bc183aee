package main

// Promoted fields and methods: an embedded struct that embeds a Mutex,
// a promoted String method that fmt finds, a promoted function field, a
// copy of a struct with an embedded Mutex, and a nil embedded interface.

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

type Named struct {
	Counter
	name string
}

type Stringer interface{ String() string }

type Inner struct{ v int }

func (i Inner) String() string { return fmt.Sprintf("inner(%d)", i.v) }

type Outer struct {
	Inner
	w int
}

type Holder struct {
	Stringer
}

type Fn struct {
	call func(int) int
}

type WithFn struct {
	Fn
}

func main() {
	c := &Counter{}
	c.Lock()
	c.n++
	c.Unlock()
	fmt.Println(c.n)
	nm := Named{}
	nm.Lock()
	nm.n = 5
	nm.Unlock()
	fmt.Println(nm.n, nm.Counter.n)
	o := Outer{Inner{3}, 4}
	fmt.Println(o.String(), o)
	fmt.Printf("%v %+v %s\n", o, o, o)
	var s Stringer = o
	fmt.Println(s.String())
	h := Holder{o}
	fmt.Println(h.String())
	w := WithFn{Fn{func(x int) int { return x * 2 }}}
	fmt.Println(w.call(21))
	cp := nm
	cp.n = 9
	fmt.Println(nm.n, cp.n)
	var e Holder
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(e.String())
}
