package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Grid [][]int

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v|%s|%d\n", Green, Blue, Blue)
	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	found := ""
search:
	for r, row := range g {
		for c, v := range row {
			if v%5 == 0 {
				found = fmt.Sprintf("(%d,%d)", r, c)
				break search
			}
		}
	}
	fmt.Println("found", found)
	fmt.Println(strings.Repeat("-", 5), strings.ToUpper("go"), strings.Contains("goroutine", "rout"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "+"), strings.Split("x,y,z", ","))
}
