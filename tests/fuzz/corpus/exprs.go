// Expressions of every shape.
package exprs

import (
	"fmt"
	"sync"
)

type T struct {
	a int
	b []int
	m map[string]*T
}

func (t T) f() T { return t }

var (
	i1 = 1 + 2*3 - 4/2%3
	i2 = 1<<3 | 5&^2 ^ 7&1
	b1 = 1 < 2 && 3 >= 2 || !(4 != 4) && 5 <= 6 && 7 > 1 && 1 == 1
	u1 = -i1 + +i2 - ^i1
	f1 = 1.5e-3 + .5 + 1. + 0x1p4 + 1_000.000_1
	c1 = 2i * 3.5i
	r1 = 'a' + '\'' + '\x00' + '\u00e9'
	s1 = "a" + `b` + "\t\"\u4e16\U0001F600\xff\377"
	p1 = &T{a: 1}
	d1 = *p1
	t1 = T{1, []int{1, 2}, map[string]*T{"x": {a: 2}, "y": nil}}
	t2 = []T{{a: 1}, {}, T{}}
	t3 = [...]string{2: "c", 0: "a"}
	t4 = map[[2]int]struct{}{{1, 2}: {}}
	t5 = [][]int{{1}, {2, 3}}
	t6 = struct{ x, y int }{1, 2}
	t7 = &[]*T{{}, &T{}}
	sl = t1.b[1:2]
	s2 = t1.b[:]
	s3 = t1.b[1:]
	s4 = t1.b[:2:2]
	s5 = s1[1:len(s1)-1]
	x1 = t1.m["x"].a
	x2 = t1.f().f().b[0]
	x3 = interface{}(t1).(T).a
	x4 = (*T).f
	x5 = T.f
	x6 = fmt.Sprint
	cv = []byte("abc")
	cv2 = (*int)(nil)
	cv3 = (<-chan int)(nil)
	cv4 = (func())(nil)
	cv5 = map[string]int(nil)
	fl = func(a, b int) int { return a + b }(1, 2)
	ap = append([]int{1}, []int{2, 3}...)
	pa = ((1 + 2) * 3)
	ch = make(chan<- int)
	rc = make(<-chan int)
	cc = make(chan (<-chan int))
	mu = new(sync.Mutex)
	an = struct{}{}
	fn = func() {}
	ft func(int) (int, error)
	ix = [3]int{}[1]
	ms = map[string]int{"a": 1}["a"]
	cx = complex(1, 2)
	bw = ^0 &^ 1
)

func recv(ch chan int) int {
	v := <-ch
	w := <-<-make(chan chan int)
	_ = w
	return v + <-ch*2
}

func ifComposite(p T) {
	if p == (T{}) {
	}
	for _, v := range []T{{a: 1}} {
		_ = v
	}
	switch (T{}) {
	}
	if x := (T{a: 1}); x.a > 0 {
	}
	if f := func() bool { return true }; f() {
	}
}
