package main

type T struct {
	a int
	a int
}

func main() {
	var t T
	_ = t
}
