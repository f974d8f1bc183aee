package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	sum := 0
	for i := 0; i <= 5; i++ {
		fmt.Println("reading", i)
		sum += s[i]
	}
	fmt.Println(sum)
}
