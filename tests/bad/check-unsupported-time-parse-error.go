package main

import (
	"fmt"
	"time"
)

func main() {
	_, err := time.Parse(time.DateOnly, "2024-02-30")
	var pe *time.ParseError
	fmt.Println(err, pe)
}
