package main

import (
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	go func() {
		fmt.Fprint(w, "through the pipe")
		w.Close()
	}()
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
}
