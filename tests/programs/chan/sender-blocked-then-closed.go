package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("sender deferred")
		ch <- 1
	}()
	close(ch)
	select {}
}
