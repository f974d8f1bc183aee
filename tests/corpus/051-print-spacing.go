package main

import "fmt"

func main() {
	fmt.Print(1, 2, "a", 3, 4, "b", "c", true, false, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println("the number of goroutines: ", 2)
	fmt.Println()
	fmt.Println("", "")
	fmt.Println([]int{}, []string{"x", "y"}, struct{}{})
	var nilSlice []string
	fmt.Println(nilSlice, len(nilSlice))
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
}
