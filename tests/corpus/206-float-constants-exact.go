package main

import "fmt"

const third = 1.0 / 3

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, -0.0, 1.1*1.1, 3*0.1, 0.7+0.1, 1e100/3, third*3)
	x := 0.1
	y := 0.2
	fmt.Println(x+y, x+y == 0.3)
	const c = 0.1
	var f float64 = c * 3
	fmt.Println(f, c*3 == 0.3, 10/4.0, 1/3.0*3)
	fmt.Printf("%v %.20f %g\n", 0.1+0.2, 0.1+0.2, 2.0/3)
	var g float64 = 7
	fmt.Println(g/2, g*0.1, -g, g-7, -(g - 7))
	const typed float64 = 0.1
	fmt.Println(typed+0.2, typed*3)
}
