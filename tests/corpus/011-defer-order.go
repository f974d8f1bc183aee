package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func leave(name string) {
	fmt.Println("leave", name)
}

func work() {
	defer leave(trace("work"))
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("working")
}

func main() {
	work()
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() {
		fmt.Println("x at exit:", x)
	}()
	x = 42
	fmt.Println("main ends")
}
