package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		if ctx.Err() != nil {
			return
		}
		out <- i
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := make(chan int)
	go worker(ctx, out)
	n := 0
	for range out {
		n++
		if n == 3 {
			cancel()
		}
	}
	fmt.Println("received", n, "values;", ctx.Err())
}
