package main

import (
	"errors"
	"fmt"
	"time"
)

// A kernel in the style of real blocking bugs: the consumer returns on the
// first bad item, and the producer stays blocked on its next send.

func produce(items []string, out chan<- string) {
	for _, it := range items {
		out <- it
	}
	close(out)
}

func consume(in <-chan string) error {
	for it := range in {
		if it == "" {
			return errors.New("empty item")
		}
		fmt.Println("consumed", it)
	}
	return nil
}

func main() {
	ch := make(chan string)
	go produce([]string{"a", "", "b", "c"}, ch)
	if err := consume(ch); err != nil {
		fmt.Println("consumer stopped:", err)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
