package main

import (
	"fmt"
	"math"
)

// A store loop whose step wraps j around from the top of int to its
// bottom: the next store panics with Go's text for a negative index, at
// the store's line, after the loops ran as far as they could.
func main() {
	marks := make([]byte, 4)
	step := 1
	for j := 0; j < 4; j += step {
		marks[j] = 1
	}
	step = math.MaxInt64 - 1
	for j := 3; j != 2; j += step {
		marks[j] = 2
	}
	fmt.Println("never printed", marks)
}
