package main

import "fmt"

const limit float32 = 1e39

func main() {
	fmt.Println(limit)
}
