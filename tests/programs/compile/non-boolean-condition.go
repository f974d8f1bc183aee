package main

import "fmt"

func main() {
	if 1 {
		fmt.Println()
	}
}
