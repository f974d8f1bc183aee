package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsRune("abc", 'z'), strings.ContainsRune("a\xffb", '\uFFFD'))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "ol"), strings.ContainsAny("", ""))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexByte("golang", 'x'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexAny("golang", ""), strings.LastIndexAny("go gopher", "go"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""))
	fmt.Println(strings.LastIndexByte("hello", 'l'), strings.LastIndexByte("hello", 'z'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("héllo", "HÉLLO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Clone("clone"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("abc", "", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("héllo", ""))
	fmt.Printf("%q %q %q\n", strings.Trim("  xx hi xx  ", " x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.Trim("¡¡hola!!", "!¡"), strings.Trim("abc", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Printf("%q %q\n", strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutPrefix("body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.go", ".go")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.go", ".c")
	fmt.Println(rest, ok)

	// parse a tiny config, as real code does
	cfg := "name = worker\n# comment\nthreads=4\n\n  mode =  fast  \n"
	for _, line := range strings.Split(cfg, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		fmt.Printf("[%s]=[%s]\n", strings.TrimSpace(k), strings.TrimSpace(v))
	}
}
