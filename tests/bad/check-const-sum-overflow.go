package main

import "fmt"

func main() {
	fmt.Println(9223372036854775807 + 1)
}
