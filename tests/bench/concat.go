package main

// s += x 35 000 times: every step copies the whole string, 600 MB of
// garbage in all.

import "fmt"

func main() {
	s := ""
	for i := 0; i < 35000; i++ {
		s += "x"
	}
	fmt.Println(len(s))
}
