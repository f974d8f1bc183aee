package main

type T struct{ Name string }

func main() {
	_ = T{name: "x"}
}
