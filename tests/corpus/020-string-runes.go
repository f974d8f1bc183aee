package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	fmt.Println(s[1], s[0:1], s[7:])
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count)
	t := ""
	for i := 0; i < 3; i++ {
		t += "ab"
	}
	fmt.Println(t, t == "ababab", t < "b", "abc" > "abd")
	fmt.Printf("%q\n", s)
}
