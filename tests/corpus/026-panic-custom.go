package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("value %d is too large", n))
	}
	fmt.Println("value", n, "ok")
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
