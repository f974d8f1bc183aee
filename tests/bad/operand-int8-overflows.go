package main

import "fmt"

func main() {
	var b int8 = 100
	fmt.Println(b + 300)
}
