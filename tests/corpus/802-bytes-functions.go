package main

import (
	"bytes"
	"fmt"
	"unicode"
)

// The bytes package's functions over []byte, as they are used beside a
// bytes.Buffer: comparing, searching, splitting, joining, trimming.

func main() {
	a, b := []byte("Go gopher"), []byte("go GOPHER")
	fmt.Println(bytes.Equal(a, b), bytes.EqualFold(a, b), bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(nil, []byte{}))
	fmt.Println(bytes.Equal(nil, []byte{}))
	s := []byte("seafood, chicken, seafood")
	fmt.Println(bytes.Contains(s, []byte("foo")), bytes.ContainsAny(s, "xyz,"), bytes.ContainsRune(s, 'k'))
	fmt.Println(bytes.Index(s, []byte("chicken")), bytes.LastIndex(s, []byte("sea")), bytes.IndexByte(s, ','), bytes.LastIndexByte(s, ','))
	fmt.Println(bytes.IndexRune(s, 'k'), bytes.IndexAny(s, "kc"), bytes.LastIndexAny(s, "kc"), bytes.Count(s, []byte("sea")), bytes.Count(s, nil))
	fmt.Println(bytes.HasPrefix(s, []byte("sea")), bytes.HasSuffix(s, []byte("food")), bytes.IndexFunc(s, unicode.IsSpace))

	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fields := bytes.Fields([]byte("  alpha beta\tgamma\n "))
	fmt.Printf("%q %d\n", fields, len(fields))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Join(fields, []byte(", ")))
	fmt.Printf("%q %q\n", bytes.Join(nil, []byte("-")), bytes.Join([][]byte{[]byte("x")}, []byte("-")))

	fmt.Printf("%s|%s|%s\n", bytes.ToUpper([]byte("loud")), bytes.ToLower([]byte("QUIET")), bytes.Title([]byte("title case words")))
	fmt.Printf("%s %s\n", bytes.Repeat([]byte("ab"), 3), bytes.ToLower([]byte("ABC")))
	fmt.Printf("[%s] [%s] [%s]\n", bytes.TrimSpace([]byte("  padded \n")), bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("001200"), "0"))
	fmt.Printf("[%s] [%s] [%s]\n", bytes.TrimRight([]byte("001200"), "0"), bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim(nil, "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil)
	fmt.Printf("[%s]\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("oink"), []byte("moo")))
	fmt.Println(bytes.Runes([]byte("héllo")), len(bytes.Runes([]byte("héllo"))))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, []byte("banana")))

	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	rest, ok := bytes.CutPrefix([]byte("v1.2"), []byte("v"))
	fmt.Printf("%s %v\n", rest, ok)
	c := bytes.Clone([]byte("orig"))
	c[0] = 'O'
	fmt.Printf("%s %v\n", c, bytes.Clone(nil) == nil)

	// the pieces share the bytes of what they were cut from, as Go's do
	line := []byte("one two")
	parts := bytes.Fields(line)
	parts[1][0] = 'T'
	fmt.Printf("%s %d\n", line, cap(parts[0]))
	trimmed := bytes.TrimSpace([]byte("  hey  "))
	fmt.Println(len(trimmed))

	var buf bytes.Buffer
	for i, w := range bytes.Split([]byte("x y z"), []byte(" ")) {
		if i > 0 {
			buf.WriteByte('+')
		}
		buf.Write(bytes.ToUpper(w))
	}
	fmt.Println(buf.String(), bytes.Equal(buf.Bytes(), []byte("X+Y+Z")))
}
