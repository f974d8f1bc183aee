package main

import "fmt"

type E struct{}

// Error panics while the runtime prints the panic value: that is fatal.
func (E) Error() string {
	panic("inside Error")
}

func main() {
	fmt.Println("start")
	panic(E{})
}
