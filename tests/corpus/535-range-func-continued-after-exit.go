package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		for x := range keep {
			fmt.Println(x)
		}
		saved(5)
	}()
	for x := range func(yield func(int) bool) {
		defer fmt.Println("iterator defer")
		yield(1)
		panic("boom")
	} {
		fmt.Println("body", x)
	}
}
