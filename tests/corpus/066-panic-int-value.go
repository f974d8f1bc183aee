package main

import "fmt"

func main() {
	code := 40
	defer fmt.Println("deferred before the panic")
	code += 2
	panic(code)
}
