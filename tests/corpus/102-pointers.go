package main

import "fmt"

type Node struct {
	value int
	next  *Node
}

func push(head *Node, v int) *Node {
	return &Node{value: v, next: head}
}

func double(p *int) {
	*p *= 2
}

func main() {
	var head *Node
	for i := 1; i <= 4; i++ {
		head = push(head, i)
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.value, " ")
	}
	fmt.Println()
	x := 21
	double(&x)
	fmt.Println(x)
	q := &x
	*q = 7
	fmt.Println(x, *q, head.next.next.value)
	var np *Node
	fmt.Println(np == nil)
	fmt.Println(np.value)
}
