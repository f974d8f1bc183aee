package main

import "fmt"

func main() {
	var x float32 = 2
	if x < 1e39 {
		fmt.Println(x)
	}
}
