package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", "+Inf", "inf", "NaN", "0x1p-2", "1_000.5", "abc", "", "1e400", "-1e400", ".5", "5.", "1e", "1.5e+3"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, f := range []float64{0, 1, -2.5, 3.141592653589793, 1e21, 1e20, 123456789, 0.000001, 0.0000123, 1e-7, 100, 1.5e300} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', 4, 64), strconv.FormatFloat(f, 'G', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(-0.0, 'g', -1, 64))

	for _, s := range []string{"42", "-42", "0x1F", "0b101", "0o17", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "12a", "", "-", "300"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(n, err)
	}
	n8, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n8, err)
	n8, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(n8, err)
	h, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(h, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.Atoi("x")
	fmt.Println(err)

	for _, s := range []string{"true", "T", "1", "FALSE", "f", "0", "yes", "True"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatInt(5, 2), strconv.FormatUint(1<<64-1, 10))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	fmt.Println(string(buf))

	fmt.Println(strconv.Quote("hi \"there\"\n\ttab\x00 é 世 \u2028"), strconv.QuoteToASCII("é世"), strconv.Quote("bad\xff"))
	fmt.Println(strconv.QuoteRune('x'), strconv.QuoteRune('\''), strconv.QuoteRune('\n'), strconv.QuoteRune('世'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9\x41\101"`, `"unterminated`, `'ab'`, `"a"b"`, `'\''`, `"\'"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
}
