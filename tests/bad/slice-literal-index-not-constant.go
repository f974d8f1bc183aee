package main

import "fmt"

func main() {
	i := 2
	names := []string{i: "two"}
	fmt.Println(names)
}
