package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
)

// Only constraints and never-instantiated code name these packages: Go
// counts them as used all the same.
func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Parse[T any](s string) (T, error) {
	var zero T
	_, err := strconv.Atoi(s)
	return zero, err
}

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) Check() error {
	if r.Err != nil {
		return errors.New("failed: " + r.Err.Error())
	}
	return nil
}

func main() {
	fmt.Println(Max(3, 7), Max("b", "a"))
}
