package main

import (
	"fmt"
	"runtime"
	"time"
)

// sumOfSquares hands each number to a helper goroutine and adds up the
// answers.  Before it returns it closes jobs, which ends the helper's
// range loop, and waits until the helper has really stopped.
func sumOfSquares(nums ...int) int {
	jobs := make(chan int)
	answers := make(chan int)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for n := range jobs {
			answers <- n * n
		}
	}()
	defer func() {
		close(jobs)
		<-stopped
	}()

	sum := 0
	for _, n := range nums {
		jobs <- n
		sum += <-answers
	}
	return sum
}

func main() {
	defer func() {
		time.Sleep(time.Second)
		fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
	}()

	fmt.Println("1+4+9 =", sumOfSquares(1, 2, 3))
	fmt.Println("16+25 =", sumOfSquares(4, 5))
}
