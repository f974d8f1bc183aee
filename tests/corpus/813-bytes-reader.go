package main

import (
	"bytes"
	"fmt"
	"io"
)

// A bytes.Reader read a byte, a rune and a slice at a time, then
// drained by io.ReadAll and io.Copy.

func main() {
	data := []byte("héllo, readers")
	r := bytes.NewReader(data)
	fmt.Println(r.Len())
	b, err := r.ReadByte()
	fmt.Println(b, err)
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err, r.Len())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v %d\n", rest, err, r.Len())
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)

	var out bytes.Buffer
	m, err := io.Copy(&out, bytes.NewReader([]byte("copied")))
	fmt.Println(m, err, out.String())
	var rd io.Reader = bytes.NewReader(nil)
	n, err = rd.Read(p)
	fmt.Println(n, err)
	fmt.Printf("%T\n", rd)
}
