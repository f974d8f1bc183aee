package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("end")
	defer runtime.NumGoroutine()
	defer fmt.Sprint("x")
	defer recover()
	go fmt.Sprint("y")
	go recover()
	panic(1)
}
