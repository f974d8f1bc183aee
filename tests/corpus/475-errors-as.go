package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op   string
	Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type timeout interface{ Timeout() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Timeout() bool   { return true }

type wrapper struct{ inner error }

func (w *wrapper) Error() string { return "wrapper(" + w.inner.Error() + ")" }
func (w *wrapper) Unwrap() error { return w.inner }

func main() {
	err := fmt.Errorf("load: %w", &PathError{"open", "/etc/x"})
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path error:", pe.Op, pe.Path, pe)
	}
	var c Code
	fmt.Println(errors.As(err, &c), c)
	err2 := &wrapper{fmt.Errorf("x: %w", Code(42))}
	fmt.Println(errors.As(err2, &c), c)
	var t timeout
	fmt.Println(errors.As(errors.Join(Code(1), netErr{"dial tcp: i/o timeout"}), &t), t, t.Timeout())
	var target error
	fmt.Println(errors.As(err2, &target), target)
	var ne netErr
	fmt.Println(errors.As(fmt.Errorf("a: %w, b: %w", Code(3), netErr{"reset"}), &ne), ne.msg)
	fmt.Println(errors.As(nil, &pe))
	var w *wrapper
	fmt.Println(errors.As(err2, &w), w == err2)
}
