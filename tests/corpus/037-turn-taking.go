package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		ball, ok := <-in
		if !ok {
			done <- true
			return
		}
		if ball >= 6 {
			fmt.Println(name, "wins at", ball)
			close(out)
			done <- true
			return
		}
		fmt.Println(name, "hits", ball)
		out <- ball + 1
	}
}

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- 1
	<-done
	<-done
	fmt.Println("game over")
}
