package main

import "fmt"

type Base struct{ ID int }
type Item struct {
	Base
	Name string
}

func main() {
	it := Item{ID: 1, Name: "x"}
	fmt.Println(it)
}
