package main

import "fmt"

func main() {
	n := 0
	for i := range 5 {
		n += i
	}
	for range 3 {
		n++
	}
	fmt.Println(n)
}
