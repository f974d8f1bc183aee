package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("about to receive from a nil channel")
	<-ch
	fmt.Println("never printed")
}
