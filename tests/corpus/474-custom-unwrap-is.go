package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Temporary struct{ code int }

func (t Temporary) Error() string { return fmt.Sprintf("temporary %d", t.code) }
func (t Temporary) Is(target error) bool {
	_, ok := target.(Temporary)
	return ok
}

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

func main() {
	q := &QueryError{"select", ErrNotFound}
	var err error = fmt.Errorf("db: %w", q)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Is(Temporary{1}, Temporary{2}), errors.Is(fmt.Errorf("x: %w", Temporary{5}), Temporary{9}))
	m := Multi{[]error{errors.New("a"), q}}
	fmt.Println(errors.Is(m, ErrNotFound), errors.Is(m, Temporary{1}), errors.Unwrap(m) == nil)
	j := errors.Join(q, Temporary{3})
	fmt.Println(j)
	fmt.Println(errors.Is(j, Temporary{0}), errors.Is(j, ErrNotFound))
	var nilq *QueryError
	fmt.Println(errors.Is(nilq, ErrNotFound))
}
