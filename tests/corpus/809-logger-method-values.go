package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

// A *log.Logger embedded in a server, its methods promoted, taken as
// method values and method expressions, and the standard logger's
// Printf handed to a helper that logs.

type server struct {
	*log.Logger
	name string
}

func retry(n int, logf func(string, ...any)) {
	for i := 1; i <= n; i++ {
		logf("attempt %d of %d", i, n)
	}
}

func main() {
	s := server{Logger: log.New(os.Stdout, "srv: ", 0), name: "alpha"}
	s.Printf("started %s", s.name)
	p := s.Println
	p("via a method value")
	f := (*log.Logger).Print
	f(s.Logger, "via a method expression")
	s.SetPrefix("srv2: ")
	fmt.Println(s.Prefix(), s.Flags())

	var buf bytes.Buffer
	l := log.New(&buf, "", log.Lmsgprefix)
	retry(2, l.Printf)
	fmt.Print(buf.String())
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	retry(1, log.Printf)
	set := l.SetOutput
	set(os.Stdout)
	l.Println("moved to stdout")
}
