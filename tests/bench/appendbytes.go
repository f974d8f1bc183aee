package main

// append of 10^6 bytes, one at a time: the slice's old arrays are garbage.

import "fmt"

func main() {
	var b []byte
	for i := 0; i < 1000000; i++ {
		b = append(b, byte(i))
	}
	fmt.Println(len(b), b[len(b)-1])
}
