package main

import "fmt"

type E struct{ c chan int }

// Error blocks forever while the panic is printed: nothing else can run,
// so it is the global deadlock.
func (e E) Error() string {
	<-e.c
	return "never"
}

func main() {
	fmt.Println("start")
	panic(E{make(chan int)})
}
