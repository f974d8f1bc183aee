package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res, err := slowOperation(ctx, 5*time.Millisecond)
	fmt.Println(res, err)

	res, err = slowOperation(ctx, 100*time.Millisecond)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2()
	}()
	_, err = slowOperation(ctx2, time.Second)
	fmt.Println("cancelled:", err, errors.Is(err, context.Canceled))
}
