package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type lines struct{ got []string }

func (l *lines) Write(p []byte) (int, error) {
	l.got = append(l.got, string(p))
	return len(p), nil
}

func main() {
	var sb strings.Builder
	l := log.New(&sb, "svc: ", 0)
	l.Println("one", 1)
	l.Printf("two %d", 2)
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lmsgprefix | log.Lshortfile)
	l.Print("three")
	fmt.Print(sb.String())
	fmt.Println(l.Prefix(), l.Flags())
	rec := &lines{}
	l.SetOutput(rec)
	l.Println("captured")
	fmt.Printf("%q\n", rec.got)
	e := log.New(os.Stderr, "E ", log.Lmsgprefix)
	e.Println("to stderr")
	o := log.New(os.Stdout, "", 0)
	o.Printf("to stdout %v", true)
	defer func() { fmt.Println("recovered:", recover()) }()
	o.Panicf("boom %d", 3)
}
