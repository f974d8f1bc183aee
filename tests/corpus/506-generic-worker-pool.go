package main

import (
	"fmt"
	"sync"
)

// Pool runs f over every value of in on n workers and closes the
// result channel once all of them are done.
func Pool[T, R any](in <-chan T, n int, f func(T) R) <-chan R {
	out := make(chan R)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- f(v)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func main() {
	squares := Pool(Generate(1, 2, 3, 4, 5), 3, func(x int) int { return x * x })
	total := 0
	for v := range squares {
		total += v
	}
	fmt.Println("sum of squares:", total)

	lens := Collect(Pool(Generate("go", "chan", "select"), 2, func(s string) Result[int] {
		return Result[int]{Val: len(s)}
	}))
	n := 0
	for _, r := range lens {
		n += r.Val
	}
	fmt.Println(len(lens), "results, total length", n)
}
