package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		fmt.Println("got", v)
		if v == 3 {
			cancel()
			break
		}
	}
	for range out {
	}
	fmt.Println(ctx.Err())
	cancel()
	tctx, tcancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err())
}
