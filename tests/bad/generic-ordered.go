package main

import (
	"cmp"
	"fmt"
)

func main() {
	fmt.Println(cmp.Compare(true, false))
}
