package main

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
)

// produce sends the fields one by one on an unbuffered channel.
func produce(fields []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, f := range fields {
			out <- f
		}
	}()
	return out
}

// sum adds up the fields; on the first bad one it returns its error at
// once, and nobody receives what the producer sends next.
func sum(fields []string) (int, error) {
	total := 0
	for f := range produce(fields) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

func main() {
	for _, line := range [][]string{{"1", "2", "3"}, {"4", "x", "6", "7"}} {
		fmt.Println(sum(line))
	}

	time.Sleep(time.Second)
	fmt.Println("the number of goroutines: ", runtime.NumGoroutine())
}
