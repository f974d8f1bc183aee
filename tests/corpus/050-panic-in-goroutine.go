package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("worker defer runs")
		fmt.Println("worker starts")
		panic("worker crashed")
	}()
	<-ch
	fmt.Println("never printed")
}
