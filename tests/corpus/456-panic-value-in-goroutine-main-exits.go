package main

import (
	"fmt"
	"time"
)

type E struct{}

// A goroutine's panic value sleeps in Error: main returns first, and the
// program ends without printing the panic.
func (E) Error() string {
	time.Sleep(time.Second)
	return "late"
}

func main() {
	go func() {
		panic(E{})
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
