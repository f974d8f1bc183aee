package main

import "fmt"

type S struct{}

// String of a panic value that waits on nothing: the global deadlock.
func (S) String() string {
	select {}
}

func main() {
	fmt.Println("start")
	panic(S{})
}
