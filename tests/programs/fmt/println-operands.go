package main

import "fmt"

func main() {
	fmt.Println("the number of goroutines: ", 2)
	fmt.Println(1, "a", true, 2.5, nil, []int{1, 2}, struct{}{}, []string{})
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	var e error
	fmt.Println(e, []interface{}{1, "x", nil})
}
