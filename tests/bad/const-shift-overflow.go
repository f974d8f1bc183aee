package main

import "fmt"

func main() {
	const c = 1 << 600
	fmt.Println(c > 1)
}
