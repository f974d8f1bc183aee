package main

// gorolanes:unordered-output

import (
	"fmt"
	"time"
)

func count(from string) {
	for i := 0; i < 3; i++ {
		fmt.Println(from, ":", i)
	}
}

func main() {
	count("direct")
	go count("goroutine")
	go func(msg string) {
		fmt.Println(msg)
	}("going")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("done")
}
