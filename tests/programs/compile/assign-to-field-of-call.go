package main

type T struct{ x int }

func f() T { return T{} }

func main() {
	f().x = 1
}
