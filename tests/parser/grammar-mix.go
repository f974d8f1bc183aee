package main

import (
	"fmt"
	s "strings"
)

type T struct {
	a, b int `json:"a"`
	*sync.Mutex
	c []map[string]chan<- int
}

type I interface {
	M(x int) (int, error)
	fmt.Stringer
}

const (
	A = iota
	B
	C
)

var x, y = 1, 2

func (t *T) M(x int) (r int, err error) { return }

func main() {
	var c <-chan <-chan int
	ch := make(chan int)
	for i := range 10 {
		_ = i
	}
	for range ch {
	}
L:
	for {
		select {
		case v := <-ch:
			_ = v
		case ch <- 1:
		default:
			break L
		}
	}
	switch v := interface{}(x).(type) {
	case int, string:
		fmt.Println(v)
	}
	if p := (T{}); p.a > 0 {
	}
	a := [...]int{1, 2, 3}
	b := a[1:2:3]
	_ = b[:]
	_ = s.ToUpper
	f := func(xs ...int) int { return len(xs) }
	f(b...)
	_ = c
	_ = 'x' + '\n'
	_ = 0x1F + 0o17 + 0b101 + 017 + 1_000
	_ = 1.5e3 + 2i
}
