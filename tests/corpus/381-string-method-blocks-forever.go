package main

import "fmt"

type Stuck struct{}

func (Stuck) String() string {
	<-make(chan int)
	return "never"
}

func main() {
	fmt.Println("before")
	fmt.Println(Stuck{})
	fmt.Println("after")
}
