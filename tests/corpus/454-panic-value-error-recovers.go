package main

import "fmt"

type E struct{}

// Error recovers its own panic and returns "": the panic prints that.
func (E) Error() string {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("inside Error")
}

type S struct{}

func (S) String() string { return "stringer" }

func main() {
	defer func() {
		panic(S{})
	}()
	panic(E{})
}
