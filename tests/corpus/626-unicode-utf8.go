package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 !é\tß€世_ǅ½\u00a0$+" {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v T%v C%v G%v Pr%v Sy%v %q %q %q\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsTitle(r),
			unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsSymbol(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)

	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	bad := "a\xffb\xe4\xb8"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	r, size = utf8.DecodeRuneInString(bad[1:])
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString(bad)
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte("€uro"))
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRune([]byte("abc"))
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	out := utf8.AppendRune(nil, 'é')
	out = utf8.AppendRune(out, 'x')
	out = utf8.AppendRune(out, 0x110000)
	fmt.Println(out, string(out))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.ValidRune(0xD800), utf8.ValidRune('a'), utf8.Valid([]byte{0xed, 0xa0, 0x80}))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'))
}
