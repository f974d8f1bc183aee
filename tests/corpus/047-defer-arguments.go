package main

import "fmt"

func count() int {
	n := 0
	defer fmt.Println("deferred sees", n)
	defer func() {
		fmt.Println("closure sees", n)
	}()
	for i := 0; i < 5; i++ {
		n += i
	}
	return n
}

func nested() {
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("inner defer", i)
			fmt.Println("inner body", i)
		}()
	}
	fmt.Println("nested done")
}

func main() {
	fmt.Println("count returned", count())
	nested()
}
