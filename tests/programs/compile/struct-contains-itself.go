package main

type Node struct {
	next Node
}

func main() {}
