package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
)

// Capturing the log in a test-like way: the standard logger writes into
// a buffer, and the checks read it back.

func parseAll(inputs []string) (sum int) {
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			log.Printf("skip %q: %v", ne.Num, ne.Err)
			continue
		}
		sum += n
	}
	return sum
}

func main() {
	var buf bytes.Buffer
	log.SetOutput(&buf)
	log.SetFlags(0)
	log.SetPrefix("parse: ")
	defer log.SetOutput(os.Stderr)

	sum := parseAll([]string{"1", "two", "3", "4x", "10"})
	fmt.Println("sum:", sum)

	logged := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	fmt.Println(len(logged), "lines logged")
	for _, l := range logged {
		fmt.Println(" ", l)
	}

	logf := log.Default().Printf
	logf("done with %d inputs", 5)
	fmt.Println(strings.Contains(buf.String(), "done with 5 inputs"))

	say := fmt.Println
	say("writer is the buffer:", log.Writer() == &buf)
}
