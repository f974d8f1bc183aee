package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Second):
		return nil
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(10 * time.Millisecond)
		cancel()
	}()
	err := wait(ctx)
	fmt.Println(err, err == context.Canceled, errors.Is(err, context.Canceled), err == context.DeadlineExceeded)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	err = wait(ctx2)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), err == context.Canceled)
	ctx3, cancel3 := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel3()
	fmt.Println(wait(ctx3) == nil, ctx3.Err() == nil)
	var e error = context.Canceled
	fmt.Println(e)
	fmt.Printf("%v|%s\n", context.DeadlineExceeded, context.Canceled)
}
