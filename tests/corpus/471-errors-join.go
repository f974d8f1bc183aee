package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%v|%s|%+v|%q\n", j, j, j, j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("batch: %w", j)
	fmt.Println(w, errors.Is(w, ErrB))
	errs := []error{Code(1), fmt.Errorf("wrapped: %w", Code(2))}
	k := errors.Join(errs...)
	fmt.Println(k)
	fmt.Println(k.Error())
	fmt.Println(errors.Is(k, Code(2)), errors.Is(k, Code(3)))
	fmt.Printf("%T\n", k)
	f := errors.Join
	fmt.Println(f(ErrA))
	fmt.Println(j.Error() == "a failed\nb failed")
}
