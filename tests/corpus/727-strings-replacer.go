package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("banana"))
	fmt.Println(strings.NewReplacer("", "X").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "A", "", "-").Replace("bab"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("hello", "bye").Replace("hello, hello world"))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("same"))
	args := []string{"x", "y", "y", "x"}
	sw := strings.NewReplacer(args...)
	args[0] = "z"
	fmt.Println(sw.Replace("xyzzy"))
	var buf bytes.Buffer
	n, err := sw.WriteString(&buf, "xxyy")
	fmt.Println(n, err, buf.String())
	n, err = r.WriteString(os.Stdout, "<i>\n")
	fmt.Println(n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
