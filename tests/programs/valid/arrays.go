package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [...]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	c := b
	c[0] = 9
	fmt.Println(b, c, b == c)
	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)
}
