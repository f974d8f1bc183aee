package main

import "fmt"

func main() {
	done := make(chan bool, 1)
	results := make(chan int, 5)
	go func() {
		for i := 0; i < 5; i++ {
			results <- i * i
		}
		close(results)
		done <- true
	}()
	<-done
	fmt.Println("buffered:", len(results))
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum:", sum)
}
