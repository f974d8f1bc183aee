package main

import "fmt"

func main() {
	goto L
	{
	L:
		fmt.Println("L")
	}
}
