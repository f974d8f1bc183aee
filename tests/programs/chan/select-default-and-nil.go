package main

import "fmt"

func main() {
	var nilch chan int
	ch := make(chan int, 1)
	select {
	case v := <-nilch:
		fmt.Println("nil", v)
	default:
		fmt.Println("default")
	}
	ch <- 1
	select {
	case v := <-nilch:
		fmt.Println("nil", v)
	case v, ok := <-ch:
		fmt.Println("ch", v, ok)
	}
	select {
	case ch <- 2:
		fmt.Println("sent")
	case nilch <- 3:
		fmt.Println("nil send")
	}
	fmt.Println(<-ch)
}
