package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t *T) run(k int) int { return t.n + k }
func (t T) String() string  { return "T" }

func main() {
	t := &T{}
	f := t.run
	g := (*T).run
	h := T.String
	p := fmt.Println
	up := strings.ToUpper
	p(f(1), g(t, 2), h(*t), up("x"))
}
