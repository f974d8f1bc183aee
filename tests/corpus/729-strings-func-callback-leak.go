package main

import (
	"fmt"
	"strings"
	"time"
)

// Two goroutines meet inside the functions strings.Map and FieldsFunc
// call: Map takes three runes from FieldsFunc, whose goroutine then
// stays blocked forever on its next send.
func main() {
	never := make(chan rune)
	go func() {
		fmt.Println(strings.Map(func(r rune) rune { return <-never }, "abc"))
	}()
	go func() {
		fmt.Println(strings.FieldsFunc("a b c", func(r rune) bool { never <- r; return false }))
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main done")
}
