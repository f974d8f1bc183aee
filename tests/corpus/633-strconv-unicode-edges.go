package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode"
)

func main() {
	for _, s := range []string{"1e-400", "-0", "0x1.8p1", "1__0", "_1", "Infinity", "-infinity", "+nan", "1.7976931348623159e308", "4.9e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.FormatFloat(1234.5678, 'g', 10, 64), strconv.FormatFloat(0.1, 'e', 20, 64), strconv.FormatFloat(5e-324, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456, 'g', 3, 64), strconv.FormatFloat(0.0001234, 'g', 3, 64), strconv.FormatFloat(100, 'g', 5, 64), strconv.FormatFloat(1, 'g', 0, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(math.Pow(-8, 1.0/3), math.Pow(2, 0.5), math.Mod(5, 0), math.Mod(math.Inf(1), 1), math.Sqrt(math.Inf(1)))
	fmt.Println(math.Round(-0.4), math.Trunc(math.Inf(-1)), math.Floor(-0.0), math.Log(0), math.Log(-1))
	for _, r := range []rune{'ſ', 'ǅ', 'ß', 'Σ', 'ς', 'İ', 'ı', 'ﬀ', '٣', 'Ⅳ', '·', '§', '¶', '~', '^', '`', '|', 0x10FFFF, -1, 0x2028, 0x85, 0x1F600} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	v, err := strconv.ParseInt("-0x_1F", 0, 16)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x8000", 0, 16)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("0b1111_1111", 0, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	q, err := strconv.Unquote("'\\x41'")
	fmt.Println(q, err)
	q, err = strconv.Unquote("\"\\xff\\377\"")
	fmt.Printf("%q %v\n", q, err)
	fmt.Println(strconv.Quote("\x7f\u00ad\ufeff"), strconv.QuoteRune(0xD800), strconv.QuoteRune(0x7f))
	for _, r := range []rune{'Ⅳ', 'ⅳ', 'Ⓐ', 'ⓐ', 'ⓩ', 'Ⓩ', 'Ⅿ', 'ⅿ'} {
		fmt.Println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.IsUpper(r), unicode.IsLower(r))
	}
}
