// Byte-sized elements ([]byte, []uint8, []bool, []int8 and arrays of
// them) read, written, copied, appended, compared, hashed and printed.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type small int8

func (s *small) bump() { *s += 100 }

func main() {
	b := []byte("hello, world")
	b[0] = 'H'
	b = append(b, '!')
	b = append(b, " more"...)
	fmt.Println(string(b), len(b), b[4], b[len(b)-1])
	fmt.Printf("%v %x %s %q\n", b[:5], b[:5], b[7:12], b[:2])

	var i8 []int8
	for k := -3; k <= 3; k++ {
		i8 = append(i8, int8(k*50))
	}
	i8[0]--
	fmt.Println(i8, i8[0], i8[6], int(i8[1])+int(i8[5]))
	x := int8(127)
	i8[3] = x + 1
	fmt.Println(i8[3])

	flags := make([]bool, 20)
	for k := 2; k < 20; k += 3 {
		flags[k] = true
	}
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	fmt.Println(n, flags[:6], !flags[5])

	// copy, overlapping and from a string
	c := []byte("abcdefgh")
	copy(c[2:], c)
	fmt.Println(string(c))
	k := copy(c, "XY")
	fmt.Println(k, string(c))

	// pointers to elements
	p := &b[1]
	*p = 'E'
	*p++
	fmt.Println(string(b[:3]), *p)
	q := &i8[0]
	*q -= 2
	fmt.Println(i8[0], *q, p == &b[1])
	s := []small{1, -2, 3}
	s[1].bump()
	fmt.Println(s)
	bp := &flags[0]
	*bp = true
	fmt.Println(flags[0], *bp)

	// arrays: values, equality, map keys
	var a, a2 [4]byte
	a[1] = 200
	a2 = a
	a2[2] = 7
	fmt.Println(a, a2, a == a2, a == [4]byte{0, 200, 0, 0})
	m := map[[4]byte]int{a: 1, a2: 2}
	fmt.Println(m[[4]byte{0, 200, 0, 7}], len(m))
	var ba [3]bool
	ba[2] = true
	fmt.Println(ba, [2]int8{-1, -128})

	// library helpers on []byte
	nb := strconv.AppendInt(nil, -4213, 10)
	nb = strconv.AppendInt(nb, 7, 2)
	fmt.Println(string(nb), len(nb))
	rb := make([]byte, 4)
	w := utf8.EncodeRune(rb, '世')
	fmt.Println(w, rb, utf8.Valid(rb[:w]))
	sb := []byte("zebra")
	sort.Slice(sb, func(i, j int) bool { return sb[i] < sb[j] })
	fmt.Println(string(sb))
	fmt.Println(strings.ToUpper(string(sb)))

	// append growth from nil, and slicing shares the array
	var g []byte
	for k := 0; k < 1000; k++ {
		g = append(g, byte(k))
	}
	h := g[250:260]
	h[0] = 42
	fmt.Println(len(g), cap(g) >= 1000, g[250], g[999], h[1])
	g2 := append([]byte(nil), g[:5]...)
	g2 = append(g2, g2...)
	fmt.Println(g2)
	var any1 interface{} = b[:3]
	fmt.Println(any1)
	fmt.Printf("%T %v\n", i8, []uint8{1, 2})
}
