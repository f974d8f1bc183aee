package main

// A blank import of a package the program otherwise does not use is
// allowed, as in Go; a goroutine waits for the worker as usual.

import (
	"fmt"
	_ "math/rand"
	_ "time"
)

func main() {
	done := make(chan string)
	go func() { done <- "worker finished" }()
	fmt.Println(<-done)
}
