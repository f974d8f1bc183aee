package main

import "fmt"

var x = 1

func value() (int, bool) {
	return 7, true
}

func main() {
	fmt.Println(x)
	x := 2
	if x := 3; x > 2 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	if v, ok := value(); ok {
		x := v * 10
		fmt.Println("inner", x)
	}
	{
		x := "block"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	fmt.Println(x)
	switch y := x * 2; {
	case y > 3:
		fmt.Println("y", y)
	}
}
