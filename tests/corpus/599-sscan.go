package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	var u uint8
	n, err := fmt.Sscan("12 -7 hello 3.5 true 200", &a, &b, &s, &f, &ok, &u)
	fmt.Println(n, err, a, b, s, f, ok, u)
	n, err = fmt.Sscan("  42\n\n word", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a, b, errors.Is(err, io.EOF), err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("x1", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("0x1F 010 0b101 1_000", &a, &b, &u, &f)
	fmt.Println(n, err, a, b, u, f)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=10 y=20", "x=%d y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("name: bob age: 33", "name: %s age: %d", &s, &a)
	fmt.Println(n, err, s, a)
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7+8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1.5 abc", "%f %s", &f, &s)
	fmt.Println(n, err, f, s)
	n, err = fmt.Sscanf("ff", "%x", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscan("-3", &u)
	fmt.Println(n, err, u)
}

func init() {
	var u8 uint8
	var i8 int8
	var i32 int32
	n, err := fmt.Sscan("300 -129 2147483648", &u8, &i8, &i32)
	fmt.Println(n, err, u8, i8, i32)
	n, err = fmt.Sscan("255 -128 -2147483648", &u8, &i8, &i32)
	fmt.Println(n, err, u8, i8, i32)
}
