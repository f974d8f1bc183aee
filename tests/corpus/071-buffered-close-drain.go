package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	fmt.Println(len(ch), cap(ch))
	for s := range ch {
		fmt.Println(s, len(ch))
	}
	s, ok := <-ch
	fmt.Printf("%q %v %d\n", s, ok, len(ch))
}
