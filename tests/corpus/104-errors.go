package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q in %q", c, s)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	for _, s := range []string{"42", "", "4x2", "007"} {
		n, err := parse(s)
		if err != nil {
			fmt.Println("error:", err, err == ErrEmpty)
			continue
		}
		fmt.Println("value:", n)
	}
	var err error
	fmt.Println(err == nil, err)
}
