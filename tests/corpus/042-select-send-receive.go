package main

import "fmt"

func step(in, out chan int, n int) {
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- n:
		fmt.Println("sent", n)
	}
}

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 5
	out <- 0
	step(in, out, 1)
	<-out
	step(in, out, 2)
	in <- 6
	step(in, out, 3)
	fmt.Println(len(in), len(out), <-out)
}
