package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	defer fmt.Println("deferred print still runs")
	ch <- 2
	fmt.Println("not reached")
}
