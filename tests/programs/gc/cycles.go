// Rings of pointers that become garbage as a whole, and one that stays.
package main

import "fmt"

type node struct {
	id   int
	name string
	next *node
}

func ring(n, base int) *node {
	first := &node{id: base, name: fmt.Sprint("n", base)}
	cur := first
	for i := 1; i < n; i++ {
		cur.next = &node{id: base + i, name: fmt.Sprint("n", base+i)}
		cur = cur.next
	}
	cur.next = first
	return first
}

func main() {
	kept := ring(5, 1000)
	sum := 0
	for r := 0; r < 3000; r++ {
		x := ring(20, r)
		sum += x.next.next.id
	}
	fmt.Println(sum)
	for i, n := 0, kept; i < 6; i, n = i+1, n.next {
		fmt.Print(n.name, " ")
	}
	fmt.Println()
}
