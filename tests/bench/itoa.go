package main

// Ten million strconv.Itoa calls with constant live data: garbage, not
// live memory, grows with the loop.

import (
	"fmt"
	"strconv"
)

func main() {
	n := 0
	for i := 0; i < 10000000; i++ {
		n += len(strconv.Itoa(i))
	}
	fmt.Println(n)
}
