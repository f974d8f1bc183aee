package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	go func() { select {} }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
