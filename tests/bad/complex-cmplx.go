package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	fmt.Println(cmplx.Abs(3 + 4i))
}
