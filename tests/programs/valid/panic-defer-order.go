package main

import (
	"errors"
	"fmt"
)

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 21
	return n
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mustPositive(n int) {
	if n < 0 {
		panic(&myErr{n})
	}
}

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	mustPositive(n)
	return nil
}

func main() {
	deferOrder()
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(double())
	err := check(-3)
	var me *myErr
	isMine := errors.As(err, &me)
	fmt.Println(err, isMine, me.code)
	fmt.Println(check(4))

	func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println("main continues")
}
