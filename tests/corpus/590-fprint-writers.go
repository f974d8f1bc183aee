package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// counter is a writer of the program's own: it counts and echoes.
type counter struct {
	bytes, calls int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.calls++
	fmt.Printf("[%d] %q\n", c.calls, string(p))
	return len(p), nil
}

// failing always fails after n bytes.
type failing struct{ left int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n := f.left
		f.left = 0
		return n, errors.New("disk full")
	}
	f.left -= len(p)
	return len(p), nil
}

func report(w io.Writer, name string, v int) {
	fmt.Fprintf(w, "%-6s|%4d|\n", name, v)
}

func main() {
	n, err := fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5, true)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "to stderr %d\n", 42)
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stderr, "no newline", 3, 4, "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprint(io.Discard, "dropped")
	fmt.Println(n, err)

	c := &counter{}
	report(c, "alpha", 1)
	report(c, "beta", 22)
	report(os.Stdout, "gamma", 333)
	io.WriteString(c, "plain\n")
	fmt.Println(c.bytes, c.calls)

	var w io.Writer = &failing{left: 5}
	n, err = fmt.Fprintf(w, "%s", "too long")
	fmt.Println(n, err)
	n, err = io.WriteString(w, "x")
	fmt.Println(n, err)

	writers := []io.Writer{os.Stdout, io.Discard, c}
	for i, w := range writers {
		fmt.Fprintln(w, "writer", i)
	}
	os.Stdout.WriteString("WriteString\n")
	os.Stdout.Write([]byte("Write\n"))
	fmt.Println(os.Stdout == os.Stdout, os.Stdout == os.Stderr)

	var sw io.StringWriter = os.Stderr
	sw.WriteString("through StringWriter\n")

	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5) + "|" + fmt.Sprintln("x", 1) + fmt.Sprintf("%05.1f", 3.14159)
	fmt.Println(s)
	fmt.Println(strings.Repeat("-", 10))
	fmt.Println(len(os.Args), os.Getenv("GOROLANES_SURELY_UNSET"))
	v, ok := os.LookupEnv("GOROLANES_SURELY_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("read: %w", io.EOF), io.EOF))
}
