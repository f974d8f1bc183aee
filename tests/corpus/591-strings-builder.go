package main

import (
	"fmt"
	"io"
	"strings"
)

type table struct {
	strings.Builder
	rows int
}

func (t *table) row(cells ...string) {
	t.rows++
	t.WriteString(strings.Join(cells, " | "))
	t.WriteByte('\n')
}

func render(w io.Writer, items map[string]int, keys []string) {
	for _, k := range keys {
		fmt.Fprintf(w, "%s=%d;", k, items[k])
	}
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.Grow(64)
	sb.WriteString("héllo")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune('!')
	n, err := sb.Write([]byte{'a', 'b'})
	fmt.Println(n, err)
	n, err = sb.WriteRune('é')
	fmt.Println(n, err)
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintf(&sb, " [%d:%s]", 7, "x")
	fmt.Println(sb.String())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(sb.String(), sb.Len())

	t := &table{}
	t.row("a", "b", "c")
	t.row("1", "2")
	fmt.Print(t.String())
	fmt.Println(t.rows, t.Len())

	b := new(strings.Builder)
	render(b, map[string]int{"x": 1, "y": 2}, []string{"y", "x"})
	fmt.Println(b.String())

	parts := make([]string, 0)
	var acc strings.Builder
	for i := 0; i < 5; i++ {
		acc.WriteString(fmt.Sprint(i))
		parts = append(parts, acc.String())
	}
	fmt.Println(parts)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var g strings.Builder
	g.Grow(-1)
}
