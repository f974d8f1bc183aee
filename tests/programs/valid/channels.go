package main

import "fmt"

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)
}
