// strings.Title, deprecated since Go 1.18 but still written: the first
// letter of every word in title case, words split as Go splits them.

package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{
		"hello world",
		"go_lang is-fun, isn't it?",
		"ǆemal žurka ñandú",
		"42nd street\tand\nmore",
		"x1y2 _under a.b.c",
		"",
		"bad\xffbyte here",
	} {
		fmt.Printf("%q\n", strings.Title(s))
	}
}
