package main

import (
	"fmt"
	"sync/atomic"
)

type S struct{ hits int64 }

func main() {
	var a [3]int
	b := [...]string{2: "c", 0: "a"}
	p := &a
	p[1] = len(b)
	var s S
	atomic.AddInt64(&s.hits, 1)
	var x any = a
	switch v := x.(type) {
	case [3]int, nil:
		fmt.Println(v)
	case string:
	default:
		goto end
	}
end:
	fmt.Println(a == [3]int{}, b)
}
