package main

import "fmt"

func main() {
	const c = 1e400
	var f float64 = c
	fmt.Println(f)
}
