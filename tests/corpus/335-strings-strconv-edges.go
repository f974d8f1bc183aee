package main

// The strings and strconv functions at their edges, as Go 1.23 has them:
// invalid UTF-8 (a bad byte is one rune, U+FFFD where a rune is made),
// Unicode spaces, empty separators and patterns, NUL bytes inside the text,
// and Atoi's quoted errors.

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	bad := "a\xffb\xc3"
	fmt.Printf("%q %q\n", strings.ToUpper(bad), strings.ToLower(bad))
	fmt.Printf("%q %q\n", strings.ToUpper("ǅſß"), strings.ToLower("ǅİ"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003 x\v\f\r\n\u0085"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n"))
	fmt.Println(strings.Contains("", ""), strings.Contains("abc", ""), strings.Index("", ""), strings.Index("abc", "c"), strings.Index("ab", "abc"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", ""), strings.HasSuffix("", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("abc", ""), strings.TrimSuffix("abc", "abc"))
	fmt.Println(strings.Count("abc", ""), strings.Count("", ""), strings.Count("a\xffb", ""), strings.Count("héllo", ""), strings.Count("aaaa", "aa"))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héy\xff", ""))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("aaa", "aa"))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c\x85d\xffe "))
	fmt.Printf("%q\n", strings.ReplaceAll("abc", "", "-"))
	fmt.Printf("%q\n", strings.ReplaceAll("", "", "-"))
	fmt.Printf("%q\n", strings.ReplaceAll("hé\xff", "", "-"))
	fmt.Printf("%q\n", strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Printf("%q\n", strings.ReplaceAll("abc", "b", ""))
	fmt.Println(strconv.Itoa(-9223372036854775808), strconv.Itoa(0))
	for _, s := range []string{"", "+", "-", "+5", "-0", "007", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1_000", "0x10", " 1", "1 ", "99999999999999999999999", "\xff"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Printf("%q\n", strings.Split("a\x00b,c\x00", ","))
	fmt.Printf("%q\n", strings.Fields("a\x00b c"))
	fmt.Printf("%q %q\n", strings.ToUpper("a\x00b"), strings.TrimSpace(" \x00 "))
	fmt.Println(strings.Contains("a\x00b", "\x00b"), strings.Count("a\x00\x00", "\x00"))
	n, err := strconv.Atoi("1\x002")
	fmt.Println(n, err)
}
