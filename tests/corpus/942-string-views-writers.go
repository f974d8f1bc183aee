// Views written by every writer: print, println, os.Stdout, io.WriteString,
// fmt.Fprint to a Builder, an error's text, and a panic's value.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	text := strings.Repeat("abcdefghij", 10) + "<END>"
	v := text[5:45]
	println(v, len(v))
	print(v[:33], "\n")
	os.Stdout.WriteString(v + "\n")
	io.WriteString(os.Stdout, v[1:39]+"\n")
	var b strings.Builder
	fmt.Fprint(&b, v, "|", text[60:95])
	fmt.Println(b.String())
	err := errors.New(text[20:70])
	wrapped := fmt.Errorf("wrapped: %w", err)
	fmt.Println(err, errors.Is(wrapped, err), len(wrapped.Error()))
	fmt.Fprintln(os.Stderr, text[:40])
	ch := make(chan string, 1)
	ch <- text[30:80]
	fmt.Println(<-ch)
	panic(text[50:100])
}
