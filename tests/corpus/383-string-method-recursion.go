package main

import "fmt"

type T struct{ n int }

// The classic mistake: Sprint of the receiver calls String again.
func (t T) String() string { return fmt.Sprint(t) }

func main() {
	fmt.Println("start")
	fmt.Println(T{1})
}
