package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// A bytes.Buffer read from the front: ReadString, ReadBytes, ReadByte,
// ReadRune, Read, Next, WriteTo, ReadFrom and Truncate.

func main() {
	var buf bytes.Buffer
	buf.WriteString("line one\nline two\nrest")
	for {
		line, err := buf.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	fmt.Println(buf.Len(), buf.String() == "")

	buf.WriteString("héllo, wörld")
	c, err := buf.ReadByte()
	fmt.Println(c, err)
	r, size, err := buf.ReadRune()
	fmt.Println(r, string(r), size, err, buf.Len(), buf.String())

	p := make([]byte, 3)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]), buf.String())
	fmt.Printf("%q\n", buf.Next(2))
	fmt.Printf("%q\n", buf.Next(100))
	n, err = buf.Read(p)
	fmt.Println(n, err)
	n, err = buf.Read(nil)
	fmt.Println(n, err)
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)
	_, _, err = buf.ReadRune()
	fmt.Println(err)

	bb := bytes.NewBufferString("a;b;c")
	for {
		tok, err := bb.ReadBytes(';')
		fmt.Printf("%q %v\n", tok, err)
		if err == io.EOF {
			break
		}
	}

	src := bytes.NewBufferString("to be written out")
	var sink strings.Builder
	wn, err := src.WriteTo(&sink)
	fmt.Println(wn, err, sink.String(), src.Len())

	var dst bytes.Buffer
	dst.WriteString("[")
	rn, err := dst.ReadFrom(strings.NewReader("read from a reader"))
	dst.WriteString("]")
	fmt.Println(rn, err, dst.String())

	dst.Truncate(5)
	fmt.Println(dst.String(), dst.Len())
	dst.Truncate(0)
	fmt.Printf("%q\n", dst.String())

	lines := bytes.NewBufferString("k1=v1\nk2=v2\n")
	for {
		line, err := lines.ReadString('\n')
		if err != nil {
			break
		}
		k, v, _ := strings.Cut(strings.TrimSpace(line), "=")
		fmt.Println(k, "->", v)
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	dst.WriteString("abc")
	dst.Truncate(10)
}
