package main

import (
	"fmt"
	"io"
	"strings"
)

func drain(r io.Reader) string {
	var sb strings.Builder
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		sb.Write(buf[:n])
		if err == io.EOF {
			return sb.String()
		}
		if err != nil {
			return "error: " + err.Error()
		}
	}
}

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Len())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end:", err, err == io.EOF, ch, size)
			break
		}
		fmt.Printf("%c/%d ", ch, size)
	}
	_, err = r.ReadByte()
	fmt.Println(err, r.Len())
	fmt.Printf("%q\n", drain(strings.NewReader("concurrency is not parallelism")))
	p := make([]byte, 0)
	n, err := strings.NewReader("x").Read(p)
	fmt.Println(n, err)
	n, err = strings.NewReader("").Read(p)
	fmt.Println(n, err)
	bad := strings.NewReader("\xffa")
	ch, size, _ := bad.ReadRune()
	fmt.Println(ch, size)

	// a reader shared by goroutines through a channel of chunks
	chunks := make(chan string)
	src := strings.NewReader("abcdefghij")
	go func() {
		buf := make([]byte, 3)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				chunks <- string(buf[:n])
			}
			if err != nil {
				close(chunks)
				return
			}
		}
	}()
	for c := range chunks {
		fmt.Print("[", c, "]")
	}
	fmt.Println()
}
