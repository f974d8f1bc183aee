package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine start")
		done <- true
		fmt.Println("goroutine after send")
	}()
	<-done
	fmt.Println("main received")
}
