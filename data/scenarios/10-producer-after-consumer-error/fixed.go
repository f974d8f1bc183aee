package main

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"time"
)

// produce sends the fields one by one, until ctx is cancelled.
func produce(ctx context.Context, fields []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, f := range fields {
			select {
			case out <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// sum adds up the fields; on the first bad one it returns its error, and
// the deferred cancel tells the producer to stop sending.
func sum(fields []string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	total := 0
	for f := range produce(ctx, fields) {
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
