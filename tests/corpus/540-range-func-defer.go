package main

import (
	"fmt"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func work() (r int) {
	defer fmt.Println("outer defer 1")
	for i := range count(3) {
		defer fmt.Println("body defer", i)
		t := T{fmt.Sprint("t", i)}
		defer t.Close()
		defer func() { r += i * 100 }()
		if i == 1 {
			for j := range count(2) {
				defer fmt.Println("inner defer", i, j)
			}
		}
	}
	defer fmt.Println("outer defer 2")
	fmt.Println("returning")
	return 7
}

func risky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range count(5) {
		defer fmt.Println("cleanup", i)
		if i == 2 {
			panic("boom at 2")
		}
	}
	return nil
}

func main() {
	fmt.Println(work())
	fmt.Println(risky())
	done := make(chan bool)
	go func() {
		for i := range count(2) {
			defer func() { done <- i == 1 }()
		}
	}()
	fmt.Println(<-done)
}
