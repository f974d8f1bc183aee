package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d\n", 42, 42, 42, 42)
	fmt.Printf("%s|%8s|%-8s|\n", "go", "go", "go")
	fmt.Printf("%q %q\n", "hi", "tab\there")
	fmt.Printf("%v %v %v\n", 3, "three", true)
	fmt.Printf("%t %t\n", true, false)
	fmt.Printf("100%%\n")
	fmt.Printf("%v\n", []int{1, 2, 3})
	fmt.Printf("%v|%6v|%-6v|\n", []string{"a", "b"}, 12, true)
	fmt.Printf("%d %d\n", -7, 1<<40)
	s := fmt.Sprintf("[%3d][%-3d]", 7, 7)
	fmt.Println(s, len(s))
	fmt.Printf("%v\n", struct{}{})
	fmt.Printf("no newline")
	fmt.Printf(" then %s\n", "newline")
}
