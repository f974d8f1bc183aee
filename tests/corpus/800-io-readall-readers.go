package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// io.ReadAll, io.ReadFull and io.Copy over the library's readers and a
// reader of the program's own that hands out a few bytes at a time.

type chunkReader struct {
	parts []string
	calls int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.parts[0])
	r.parts[0] = r.parts[0][n:]
	if r.parts[0] == "" {
		r.parts = r.parts[1:]
	}
	return n, nil
}

type failReader struct{ n int }

func (r *failReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, fmt.Errorf("read failed after %d chunks", 2)
	}
	r.n--
	p[0] = 'x'
	return 1, nil
}

type upperWriter struct{ sb strings.Builder }

func (w *upperWriter) Write(p []byte) (int, error) {
	w.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	b, err := io.ReadAll(strings.NewReader("hello, reader"))
	fmt.Printf("%q %v %d\n", b, err, len(b))

	cr := &chunkReader{parts: []string{"ab", "cde", "", "f"}}
	b, err = io.ReadAll(cr)
	fmt.Printf("%q %v calls=%d\n", b, err, cr.calls)

	b, err = io.ReadAll(&failReader{n: 2})
	fmt.Printf("%q %v\n", b, err)

	b, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(len(b), b == nil, err)

	big := strings.Repeat("0123456789", 120)
	b, err = io.ReadAll(bytes.NewBufferString(big))
	fmt.Println(len(b), err, string(b[1195:]))

	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err)

	w := &upperWriter{}
	m, err := io.Copy(w, strings.NewReader("copied text"))
	fmt.Println(m, err, w.sb.String())
	var sb strings.Builder
	m, err = io.Copy(&sb, &chunkReader{parts: []string{"one ", "two ", "three"}})
	fmt.Println(m, err, sb.String())
}
