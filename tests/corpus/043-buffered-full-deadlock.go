package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("sending", i)
		ch <- i
	}
	fmt.Println("never printed")
}
