package main

import (
	"fmt"
	"io"
	"strings"
)

// The two ends of an io.Pipe: Close, CloseWithError, a write after the
// reader closed, and a reader whose buffer is smaller than the writes.

func main() {
	r, w := io.Pipe()
	go func() {
		fmt.Fprint(w, "through the pipe")
		fmt.Fprint(w, " twice")
		w.Close()
	}()
	b, err := io.ReadAll(r)
	fmt.Println(string(b), err)
	n, err := w.Write([]byte("late"))
	fmt.Println(n, err)

	r2, w2 := io.Pipe()
	go func() {
		w2.CloseWithError(fmt.Errorf("producer failed"))
	}()
	_, err = io.ReadAll(r2)
	fmt.Println(err)

	r3, w3 := io.Pipe()
	r3.Close()
	_, err = w3.Write([]byte("x"))
	fmt.Println(err)

	r4, w4 := io.Pipe()
	go func() {
		io.Copy(w4, strings.NewReader("copied into a pipe"))
		w4.Close()
	}()
	buf := make([]byte, 5)
	for {
		n, err := r4.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	var pr *io.PipeReader = r
	fmt.Println(pr != nil)
}
