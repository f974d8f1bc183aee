package main

import "fmt"

func main() {
	ready := make(chan bool)
	msg := ""
	go func() {
		msg = "written by the goroutine"
		fmt.Println("goroutine: before send")
		ready <- true
	}()
	<-ready
	fmt.Println("main:", msg)
	ack := make(chan bool)
	go func() {
		<-ack
		fmt.Println("goroutine: received ack")
		ack <- true
	}()
	fmt.Println("main: sending ack")
	ack <- true
	<-ack
	fmt.Println("main: done")
}
