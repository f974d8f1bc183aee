package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrTimeout = errors.New("timeout")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(key string) error {
	switch key {
	case "missing":
		return &QueryError{Query: "select " + key, Err: ErrNotFound}
	case "slow":
		return fmt.Errorf("lookup %s: %w", key, ErrTimeout)
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "slow"} {
		err := lookup(k)
		wrapped := fmt.Errorf("handler: %w", err)
		var qe *QueryError
		fmt.Printf("%s: err=%v\n", k, err)
		fmt.Println("  not found:", errors.Is(wrapped, ErrNotFound),
			"timeout:", errors.Is(wrapped, ErrTimeout),
			"query error:", errors.As(wrapped, &qe))
		if qe != nil {
			fmt.Println("  query:", qe.Query)
		}
		fmt.Println("  unwrap:", errors.Unwrap(wrapped) == err)
	}
	joined := errors.Join(ErrNotFound, nil, ErrTimeout)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrTimeout), errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrTimeout)
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Unwrap(multi) == nil)
}
