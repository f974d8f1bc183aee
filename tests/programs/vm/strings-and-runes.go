package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(len(s), s[1], s[:2] == "h\xc3", s+"!")
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), []rune("héé")[1])
}
