package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

// The printing functions as values: kept in variables and struct
// fields, passed as arguments, chosen at run time.

type reporter struct {
	printf func(format string, a ...any) (int, error)
	logf   func(format string, v ...any)
}

func apply(format func(string, ...any) string, items []string) []string {
	var out []string
	for i, it := range items {
		out = append(out, format("%d:%s", i, it))
	}
	return out
}

func emit(w io.Writer, fprintln func(io.Writer, ...any) (int, error), words ...string) {
	for _, x := range words {
		fprintln(w, "word", x)
	}
}

func main() {
	p := fmt.Println
	n, err := p("hello", 42)
	fmt.Println(n, err)

	r := reporter{printf: fmt.Printf, logf: log.Printf}
	r.printf("%s=%d\n", "x", 7)
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	r.logf("logged %v", []int{1, 2})
	logln := log.Println
	logln("via", "log.Println")

	fmt.Println(apply(fmt.Sprintf, []string{"a", "b"}))
	var sb strings.Builder
	emit(&sb, fmt.Fprintln, "one", "two")
	fmt.Print(sb.String())
	fpf := fmt.Fprintf
	var buf bytes.Buffer
	fpf(&buf, "%05.1f|", 3.14159)
	fpf(&buf, "%x", 255)
	fmt.Println(buf.String())

	printers := map[string]func(...any) (int, error){"plain": fmt.Print, "line": fmt.Println}
	printers["plain"]("no newline", "|")
	printers["line"]("with newline")

	upper := bytes.ToUpper
	trim := bytes.TrimSpace
	fmt.Printf("%s\n", upper(trim([]byte("  shout  "))))
	readAll := io.ReadAll
	b, _ := readAll(strings.NewReader("read through a value"))
	fmt.Println(string(b))
	sp := fmt.Sprint
	fmt.Println(sp("a", 1, 2, "b"), len(sp()))
	setPrefix := log.SetPrefix
	setPrefix("pfx: ")
	log.Print("prefixed")
}
