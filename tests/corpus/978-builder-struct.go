// A builder inside a struct, built through a pointer and through methods.
package main

import (
	"fmt"
	"strings"
)

type report struct {
	title string
	body  strings.Builder
	lines int
}

func (r *report) add(format string, args ...any) {
	fmt.Fprintf(&r.body, format, args...)
	r.body.WriteByte('\n')
	r.lines++
}

func (r *report) String() string {
	return r.title + "\n" + r.body.String()
}

func main() {
	r := &report{title: "squares"}
	var keep []string
	for i := 1; i <= 12; i++ {
		r.add("%3d squared is %5d, cubed is %7d", i, i*i, i*i*i)
		if i%4 == 0 {
			keep = append(keep, r.body.String())
		}
	}
	fmt.Print(r)
	for _, k := range keep {
		fmt.Println(len(k), strings.Count(k, "\n"))
	}
	rs := []report{{title: "a"}, {title: "b"}}
	for i := 0; i < 5; i++ {
		for j := range rs {
			rs[j].add("%s-%d-%s", rs[j].title, i, strings.Repeat("~", i*5))
		}
	}
	fmt.Print(rs[0].String(), rs[1].String())
	fmt.Println(r.lines, rs[0].lines, rs[1].body.Len())
}
