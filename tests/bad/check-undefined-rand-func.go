package main

import "math/rand"

func main() {
	rand.Foo()
}
