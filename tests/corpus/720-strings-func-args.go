package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isVowel(r rune) bool { return strings.ContainsRune("aeiouAEIOU", r) }

func main() {
	calls := 0
	rot13 := func(r rune) rune {
		calls++
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"), calls)
	dropVowels := func(r rune) rune {
		if isVowel(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}
	fmt.Printf("%q\n", strings.Map(dropVowels, "concurrency is not parallelism"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "héllo wörld"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))

	split := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...  ", split))
	fmt.Printf("%q\n", strings.FieldsFunc("", split))
	fmt.Printf("%q\n", strings.FieldsFunc(";;;", split))
	fmt.Println(len(strings.FieldsFunc("a,b,c", func(r rune) bool { return r == ',' })))

	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.IndexFunc("Hello", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("go 123 go", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("日本語", func(r rune) bool { return r == '本' }))
	fmt.Println(strings.LastIndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.ContainsFunc("hello", isVowel), strings.ContainsFunc("rhythm", isVowel))
	fmt.Println(strings.ContainsFunc("", isVowel))

	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	fmt.Printf("%q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", notLetter))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimFunc("2024", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("xé€", func(r rune) bool { return r > 'x' }))

	// the order of the calls is Go's: TrimFunc trims the left end first
	var seen []rune
	record := func(r rune) bool { seen = append(seen, r); return r == '-' }
	fmt.Printf("%q %q\n", strings.TrimFunc("--ab-c--", record), string(seen))
	seen = nil
	fmt.Println(strings.LastIndexFunc("abcd", record), string(seen))
}
