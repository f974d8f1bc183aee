package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

type logw struct{ lines int }

func (l *logw) Write(p []byte) (int, error) { l.lines++; return len(p), nil }

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.WriteRune('世')
	n, err := buf.Write([]byte("!\n"))
	fmt.Println(n, err, buf.Len())
	fmt.Fprintf(&buf, "x=%d\n", 42)
	fmt.Print(buf.String())
	b := buf.Bytes()
	fmt.Println(len(b), b[0])
	var w io.Writer = &buf
	io.WriteString(w, "more")
	fmt.Printf("%q\n", buf.String())
	fmt.Println(&buf)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	pb := new(bytes.Buffer)
	fmt.Fprintln(pb, "a", 1, true)
	os.Stdout.Write(pb.Bytes())
	defer func() { fmt.Println("recovered:", recover()) }()
	pb.Grow(-1)
}

func init() {
	b := bytes.NewBufferString("start;")
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	c := bytes.NewBuffer([]byte("xy"))
	fmt.Fprint(c, 3)
	fmt.Println(c)
	d := bytes.NewBuffer(nil)
	fmt.Println(d.Len())
}
