package main

import (
	"errors"
	"fmt"
)

// A panic value of several lines: Go indents the lines after the first
// with a tab, for strings and for what Error returns; a negative index
// is reported without the length.

func at(a []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a[i], nil
}

func main() {
	a := []int{1, 2, 3}
	for _, i := range []int{1, -1, 3, -7} {
		v, err := at(a, i)
		fmt.Println(v, err)
	}
	s := "abc"
	func() {
		defer func() { fmt.Println(recover()) }()
		k := len(a) - 5
		fmt.Println(s[k])
	}()
	done := make(chan error)
	go func() {
		done <- errors.New("worker failed:\nstep 1\n\tstep 2")
	}()
	err := <-done
	defer fmt.Println("main deferred")
	panic(err)
}
