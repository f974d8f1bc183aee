package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func inner() {
	defer cleanup("inner")
	fmt.Println("inner starts")
	panic("inner failed")
}

func main() {
	defer cleanup("main")
	defer func() {
		fmt.Println("deferred closure runs during panic")
	}()
	inner()
	fmt.Println("not reached")
}
