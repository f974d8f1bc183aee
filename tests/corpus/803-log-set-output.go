package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

// log.SetOutput, log.Writer and log.Default: the standard logger's
// output captured in a buffer, discarded, and sent to stdout.

func main() {
	log.SetFlags(0)
	log.Println("to stderr first")

	var buf bytes.Buffer
	log.SetOutput(&buf)
	log.SetPrefix("app: ")
	log.Printf("n=%d", 3)
	log.Print("second")
	fmt.Print(buf.String())
	fmt.Println(log.Writer() == &buf, log.Prefix(), log.Flags())

	d := log.Default()
	d.SetPrefix("dflt: ")
	log.Println("through the package")
	d.Println("through Default")
	fmt.Println(d.Prefix(), log.Prefix(), d.Writer() == log.Writer())
	fmt.Print(strings.ReplaceAll(buf.String(), "\n", "|"), "\n")

	log.SetOutput(io.Discard)
	log.Println("dropped")
	fmt.Println(log.Writer() == io.Discard)

	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("[msg] ")
	log.Println("to stdout")
	d.Printf("%s and %s", "Default", "the package agree")
	fmt.Println(log.Writer() == os.Stdout, log.Flags() == log.Lmsgprefix)

	log.SetOutput(os.Stderr)
	log.SetPrefix("")
	log.Print("back on stderr")
	l := log.New(log.Writer(), "own: ", 0)
	l.Println("a Logger of its own")
}
