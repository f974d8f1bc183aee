package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

// legacy converts itself into a codeErr through its As method.
type legacy struct{ msg string }

func (l *legacy) Error() string { return l.msg }
func (l *legacy) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{code: 99}
		return true
	}
	return false
}

func find(key string) error {
	if key == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a == a, a.Error() == b.Error())
	fmt.Println(errors.Is(a, b), errors.Is(a, a))
	errs := []error{}
	for i := 0; i < 2; i++ {
		errs = append(errs, errors.New("same"))
	}
	fmt.Println(errs[0] == errs[1])
	fmt.Println(find("") == ErrNotFound, errors.Is(fmt.Errorf("lookup: %w", find("")), ErrNotFound))
	e1, e2 := errors.New(""), errors.New("")
	fmt.Println(e1 == e2, e1 == e1)
	var x any = a.Error()
	var y any = b.Error()
	fmt.Println(x == y)

	w := fmt.Errorf("ctx: %w", a)
	u, ok := w.(interface{ Unwrap() error })
	fmt.Println(ok)
	if ok {
		fmt.Println(u.Unwrap() == a, u.Unwrap())
	}
	_, ok = fmt.Errorf("plain %d", 1).(interface{ Unwrap() error })
	fmt.Println(ok)
	chain := fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", io.EOF))
	for e := error(chain); e != nil; {
		fmt.Println("at:", e)
		uw, ok := e.(interface{ Unwrap() error })
		if !ok {
			break
		}
		e = uw.Unwrap()
	}

	var ce codeErr
	fmt.Println(errors.As(&legacy{"w"}, &ce), ce.code)
	ce = codeErr{}
	fmt.Println(errors.As(fmt.Errorf("outer: %w", &legacy{"w2"}), &ce), ce.code)
	ce = codeErr{}
	fmt.Println(errors.As(errors.New("other"), &ce), ce.code)
	var l *legacy
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", &legacy{"direct"}), &l), l.msg)
}
