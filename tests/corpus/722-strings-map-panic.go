package main

import (
	"fmt"
	"strings"
)

func try(s string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered: ", r)
		}
	}()
	return strings.Map(func(r rune) rune {
		if r == '!' {
			panic("bang at " + string(r))
		}
		return r
	}, s)
}

func main() {
	fmt.Println(try("ok"))
	fmt.Println(try("no!"))
	fmt.Println(strings.TrimFunc("xxhixx", func(r rune) bool { return r == 'x' }))
	fmt.Println(strings.Map(func(r rune) rune { panic(fmt.Sprintf("rune %c", r)) }, "z"))
}
