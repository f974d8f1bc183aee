package main

import (
	"fmt"
	"time"
)

type Stuck struct{ ch chan int }

// Formatting a Stuck waits for a value nobody sends: the goroutine that
// prints it is blocked forever, and main ends without it.
func (s Stuck) String() string {
	return fmt.Sprint("got ", <-s.ch)
}

func main() {
	s := Stuck{make(chan int)}
	go func() {
		fmt.Println("printing")
		fmt.Println(s)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
