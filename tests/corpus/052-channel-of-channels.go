package main

import "fmt"

func server(requests chan chan int) {
	n := 0
	for reply := range requests {
		n++
		reply <- n * n
	}
}

func main() {
	requests := make(chan chan int)
	go server(requests)
	for i := 0; i < 4; i++ {
		reply := make(chan int)
		requests <- reply
		fmt.Println("reply", <-reply)
	}
	close(requests)
}
