package main

import "fmt"

func report(label string, n int, done chan<- string) {
	done <- fmt.Sprint(label, "=", n)
}

func main() {
	done := make(chan string)
	x := 1
	go report("x", x, done)
	x = 100
	fmt.Println(<-done, "while x is now", x)
	y := 2
	start := make(chan bool)
	go func() {
		<-start
		done <- fmt.Sprint("y=", y)
	}()
	y = 200
	start <- true
	fmt.Println(<-done)
}
