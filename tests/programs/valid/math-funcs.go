package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Max(3, 7), math.Floor(2.7))
	fmt.Printf("%.3f\n", math.Pi)
}
