package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrTimeout = errors.New("timeout")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(k string) error {
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("a")
	fmt.Println(err)
	fmt.Printf("%v|%s|%+v|%q\n", err, err, err, err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrTimeout))
	outer := fmt.Errorf("layer2: %w", err)
	fmt.Println(outer, errors.Is(outer, ErrNotFound))
	fmt.Println(errors.Unwrap(outer) == err, errors.Unwrap(errors.Unwrap(outer)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrTimeout)
	fmt.Println(multi, errors.Is(multi, ErrTimeout), errors.Is(multi, ErrNotFound), errors.Unwrap(multi) == nil)
	plain := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound))
	me := &MyErr{7}
	w := fmt.Errorf("ctx: %w", me)
	fmt.Println(w, errors.Is(w, me), w.Error())
	var e2 error = me
	fmt.Println(errors.Is(fmt.Errorf("x: %w", e2), e2))
	c := fmt.Errorf("op: %w", context.Canceled)
	fmt.Println(errors.Is(c, context.Canceled), errors.Is(c, context.DeadlineExceeded))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound), errors.Is(err, nil))
	fmt.Printf("%T %T %T\n", err, multi, plain)
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
}
