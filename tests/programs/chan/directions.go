package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * 10
	}
	close(out)
}

func consume(in <-chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func main() {
	ch := make(chan int)
	go produce(ch, 4)
	fmt.Println(consume(ch))
}
