package main

import (
	"fmt"
	"time"
)

type E struct{ n int }

// Every value of the chain has its Error called, in order, in the
// panicking goroutine.
func (e E) Error() string {
	fmt.Println("Error of", e.n)
	time.Sleep(time.Millisecond)
	return fmt.Sprint("error ", e.n)
}

func main() {
	defer func() {
		panic(E{3})
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(E{2})
	}()
	panic(E{1})
}
