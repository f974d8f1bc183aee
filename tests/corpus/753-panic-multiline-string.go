package main

import "fmt"

// A string panic of several lines, raised again after a recover: every
// line after a value's first is indented with a tab.

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("again\n%v", r))
	}()
	panic("first line\nsecond line\n")
}
