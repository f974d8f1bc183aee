package main

import (
	"fmt"
	"time"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type Job struct {
	ID      int
	timeout time.Duration
	Wait    time.Duration
	v       V
	Pub     V
	vs      []V
	Vs      []V
	inner   struct{ D time.Duration }
}

func main() {
	j := Job{1, time.Second, 2 * time.Second, V{3}, V{4}, []V{{5}}, []V{{6}}, struct{ D time.Duration }{time.Minute}}
	fmt.Println(j)
	fmt.Printf("%v\n%+v\n%s\n", j, j, j)
	fmt.Println(&j)
	fmt.Println([]Job{j})
}
