package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	fmt.Println(s[0:3], len(s[1:]), cap(s[1:]))
	hi := 5
	fmt.Println(s[1:hi])
}
