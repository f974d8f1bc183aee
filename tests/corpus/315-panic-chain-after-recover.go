package main

import "fmt"

func inner() {
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		panic("third")
	}()
	inner()
}
