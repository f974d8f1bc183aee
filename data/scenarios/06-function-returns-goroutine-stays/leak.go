package main

import (
	"fmt"
	"runtime"
	"time"
)

// sumOfSquares hands each number to a helper goroutine and adds up the
// answers.  When it returns, the helper is still there, waiting for the
// next number: returning from a function does not end the goroutines it
// started.  Only main's return does.
func sumOfSquares(nums ...int) int {
	jobs := make(chan int)
	answers := make(chan int)
	go func() {
		for n := range jobs {
			answers <- n * n
		}
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
