package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		v := <-b
		a <- v
	}()
	fmt.Println("main waits on a or b while the helper waits on b")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- 1:
		fmt.Println("sent to b")
	}
	select {
	case v := <-b:
		fmt.Println(v)
	}
}
