package main

import (
	"fmt"
	"os"
)

type E struct{}

// The runtime calls Error before it prints the panic: os.Exit there ends
// the program with its status.
func (E) Error() string {
	fmt.Println("in Error")
	os.Exit(5)
	return "never"
}

func main() {
	fmt.Println("before")
	panic(E{})
}
