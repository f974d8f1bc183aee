package main

import (
	"errors"
	"fmt"
)

type W struct {
	Err  error
	Any  interface{}
	F    float64
	Fn   func()
	Ch   chan int
	M    map[string]int
	S    []string
	Emb  struct{}
	Name string
}

func main() {
	fmt.Println(W{})
	fmt.Printf("%v\n%+v\n", W{}, W{Err: errors.New("e"), Any: 3, F: 1.5, S: []string{}})
	fmt.Println(struct{ e error }{}, struct{ a, b int }{1, 2})
	fmt.Println([]error{nil, errors.New("x")}, []interface{}{nil, 1})
	fmt.Printf("[%5v][%-5v][%05d]\n", nil, []interface{}{nil}, []interface{}{1, nil})
	fmt.Printf("%d %s\n", []interface{}{"a"}, []interface{}{1})
	var e error = errors.New("boom")
	fmt.Printf("%d|%x|%10s|%-10q|\n", e, e, e, e)
	fmt.Println(fmt.Errorf("wrap: %w", e), fmt.Errorf("n=%d", 5))
	fmt.Printf("%v\n", fmt.Errorf("%w and %v", e, e))
}
