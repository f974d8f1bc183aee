package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			runtime.Gosched()
		}
		fmt.Println("worker finished")
		done <- true
	}()
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	<-done
	fmt.Println("main finished")
}
