package main

import (
	"fmt"
	"time"
)

// Each worker sums its share of the readings as float32 and sends its
// partial sum; main stops at the first partial over the limit and returns
// without reading the others, whose senders stay blocked forever.
func worker(id int, readings []float32, out chan<- float32) {
	var sum float32
	for _, r := range readings {
		sum += r
	}
	time.Sleep(time.Duration(id) * time.Millisecond)
	out <- sum
}

func main() {
	readings := make([]float32, 40)
	for i := range readings {
		readings[i] = float32(i) * 0.1
	}
	out := make(chan float32)
	for w := 0; w < 4; w++ {
		go worker(w, readings[w*10:(w+1)*10], out)
	}
	first := <-out
	fmt.Println("first partial:", first)
	if first > 1 {
		fmt.Println("over the limit, stopping")
		time.Sleep(10 * time.Millisecond) // the other workers have sent by now
		return
	}
	fmt.Println("unreachable")
}
