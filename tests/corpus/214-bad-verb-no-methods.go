package main

import (
	"fmt"
	"time"
)

type E string

func (e E) Error() string { return "err:" + string(e) }

type S struct{ D time.Duration }

func main() {
	fmt.Printf("%t|%d|%t|%t\n", 5*time.Second, E("x"), S{time.Second}, []time.Duration{time.Millisecond})
	fmt.Printf("%t\n", []E{"y"})
}
