package main

import "fmt"

type I interface{ M() }
type C struct {
	*I
}

func main() {
	var c C
	fmt.Println(c)
}
