package main

type Name string

func main() {
	var n Name = "a"
	var s string = n
	_ = s
}
