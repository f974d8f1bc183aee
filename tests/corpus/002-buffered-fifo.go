package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "first"
	ch <- "second"
	ch <- "third"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "fourth"
	for len(ch) > 0 {
		fmt.Println(<-ch, len(ch))
	}
}
