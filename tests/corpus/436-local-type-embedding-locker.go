package main

// A type declared inside main embeds a Mutex and a struct with a method:
// both promoted method sets count for interfaces.

import (
	"fmt"
	"sync"
)

type Describer interface{ Describe() string }
type Base struct{ n int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.n) }

func main() {
	type guarded struct {
		sync.Mutex
		Base
		v int
	}
	g := &guarded{Base: Base{4}}
	var l sync.Locker = g
	l.Lock()
	g.v++
	l.Unlock()
	var d Describer = g
	fmt.Println(g.v, d.Describe())
}
