package main

import (
	"errors"
	"fmt"
	"time"
)

type T struct {
	A int
	B string
}

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

func main() {
	fmt.Printf("%5t|%-5d|%05s|%-05d|%+v|%+d\n", 5, true, "ab", 3, 5, 5)
	fmt.Printf("%6.2f|%-8.3f|%08.3f|%+.1f|% .2f|%+08.2f|%8.2e|%G\n", 3.14159, 2.0, -3.5, 2.25, 1.5, -1.5, 12345.678, 1e-9)
	fmt.Printf("%v|%8v|%-8v|%08v\n", 1.5, 2.25, 1e21, -3.0)
	fmt.Printf("%5v|%-5v|%5s\n", []string{"a", "bb"}, []int{1, -2}, [][]string{{"x"}})
	fmt.Printf("%3v|%+v|%v\n", T{1, "x"}, T{2, "y"}, &T{3, "z"})
	fmt.Printf("%8v|%-8s|%q|%x\n", S("a"), S("b"), S("c"), S("d"))
	fmt.Printf("%8v|%-8v|%v\n", time.Second, 1500*time.Millisecond, []time.Duration{time.Millisecond})
	e := errors.New("boom")
	fmt.Printf("%v|%10v|%q|%s\n", e, e, e, e)
	var ip *int
	fmt.Printf("%v|%6v|%d\n", ip, ip, []int(nil))
	fmt.Printf("%s|%v|%d\n", nil, nil, nil)
	var x interface{} = 5
	fmt.Printf("%5v|%-5d|%s\n", x, x, x)
	fmt.Printf("%x|%X|%#x|%#o|%#b|%o\n", -255, "hi", "hi", 0, 5, -8)
	fmt.Printf("%08b|%-8b|%.3x\n", 5, 5, 10)
	fmt.Printf("%c|%5c|%q|%U|%#U\n", 'é', 'x', 'y', 'z', 'z')
	fmt.Printf("%.1s|%.0s|%.10s|%5.3q\n", "héllo", "abc", "ab", "abcdef")
	fmt.Printf("%v %v\n", []byte("hi"), []byte{})
	fmt.Printf("%s|%q|%x|% x|%X\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 171})
	fmt.Printf("%t|%v|%5t\n", []bool{true}, []bool{false, true}, []bool{true})
	fmt.Printf("%.2f|%6.1f\n", []float64{1, 2.345}, []float64{3})
	fmt.Printf("%d|%x\n", []interface{}{1, "a", nil}, []interface{}{10, "z"})
	fmt.Printf("%v|%s\n", []error{e, nil}, []interface{}{nil})
	fmt.Printf("%-4d|%4d|\n", -1, -1)
	fmt.Printf("%+q|%#q|%#q\n", "héllo", "abc", "a`b")
	fmt.Printf("%.3v|%10.3v|\n", 3.14159, 2.0/3)
	fmt.Printf("%e|%E|%.0e|%g|%g|%g\n", 0.0, 1.0, 15.0, 1e6, 1e-5, 123456789.0)
	fmt.Printf("%.2g|%.3g|%.10g|%g\n", 1234.0, 0.00001234, 1.0/3, 100000.0)
	fmt.Printf("%6.3d|%-6.3d|%+.3d\n", -5, 7, 7)
	fmt.Printf("%v|%d\n", 'a', "s"[0])
	fmt.Println(fmt.Sprintf("%03d:%02d", 7, 5), fmt.Sprint(3, 4, "x", 5), fmt.Sprintln("a", 1))
}
