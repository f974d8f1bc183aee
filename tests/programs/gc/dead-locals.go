// Workers park with a large slice dead in their frames and a small one
// still live: a collection while they wait frees the first (the liveness
// of their locals says nothing reads it again) and keeps the second.
package main

import "fmt"

func worker(id int, ready chan<- int, gate <-chan struct{}, done chan<- int) {
	big := make([]int, 1<<16)
	s := 0
	for i := range big {
		big[i] = i ^ id
		s += big[i] & 7
	}
	keep := []int{id, s}
	ready <- s + len(big)
	<-gate
	garbage := 0
	for i := 0; i < 100; i++ {
		garbage += len(make([]int, 1000))
	}
	done <- keep[0]*1000 + keep[1]%1000 + garbage%7
}

func main() {
	const n = 24
	ready := make(chan int)
	gate := make(chan struct{})
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go worker(i, ready, gate, done)
		fmt.Println("worker", i, "ready:", <-ready)
	}
	close(gate)
	total := 0
	for i := 0; i < n; i++ {
		total += <-done
	}
	fmt.Println("total", total)
}
