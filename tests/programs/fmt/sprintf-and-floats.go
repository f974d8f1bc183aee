package main

import "fmt"

func main() {
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Println(1000000.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.0/3.0, -0.5, 2.0, 1e100)
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
}
