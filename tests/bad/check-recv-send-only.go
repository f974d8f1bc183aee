package main

import "fmt"

func f(ch chan<- int) {
	fmt.Println(<-ch)
}

func main() {
	f(make(chan int))
}
