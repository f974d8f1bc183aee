package main

import "fmt"

type T struct{ a int }

func main() {
	m := map[int]*T{1: {}}
	m[1].a = 2
	s := []T{{}}
	s[0].a = 3
	fmt.Println(m[1].a, s[0].a)
}
