package main

import "fmt"

type pair struct {
	name string
	n    int
}

func main() {
	p := pair{"a", 1}
	fmt.Println(p, &p, []pair{{"b", 2}})
	fmt.Printf("%v %+v\n", p, p)
	var q *pair
	fmt.Println(q)
}
