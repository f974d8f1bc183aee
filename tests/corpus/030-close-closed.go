package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	_, ok := <-done
	fmt.Println("closed once, ok =", ok)
	close(done)
}
