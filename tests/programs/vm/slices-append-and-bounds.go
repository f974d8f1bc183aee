package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
	}
	t := s[1:3]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := make([]string, 2, 10)
	u[1] = "b"
	fmt.Printf("%q %d\n", u, cap(u))
	fmt.Println(s[7])
}
