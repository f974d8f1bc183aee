package main

import (
	"errors"
	"fmt"
	"time"
)

type S string

type E string

func (e E) Error() string { return "E:" + string(e) }

type N int

func (n N) String() string { return fmt.Sprintf("N%d", int(n)) }

func main() {
	fmt.Print(S("a"), 1, S("b"), 2, 3, "\n")
	fmt.Print(E("x"), 1, E("y"), "\n")
	fmt.Print(errors.New("e1"), 1, errors.New("e2"), "\n")
	fmt.Print(N(1), N(2), "s", N(3), "\n")
	fmt.Print(time.Second, 2*time.Second, "\n")
	fmt.Print(1.5, 2.5, true, false, nil, nil, "\n")
	var ip *int
	fmt.Print(ip, ip, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print([]string{"a"}, []string{"b"}, "\n")
	fmt.Print(struct{}{}, struct{}{}, "\n")
	var i interface{} = "str"
	var j interface{} = 5
	fmt.Print(i, j, j, i, "\n")
	fmt.Println(S("a"), E("b"), N(4), errors.New("c"))
	fmt.Printf("%s %v %d %q %x\n", N(5), N(5), N(5), N(5), N(5))
	fmt.Printf("%s %v %q\n", E("z"), E("z"), E("z"))
	fmt.Printf("%5s|%-6v|%d\n", S("ab"), S("cd"), S("x"))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
	fmt.Printf("%v %v\n", []N{1, 2}, []E{"q"})
	fmt.Printf("%s\n", []error{errors.New("x"), E("y")})
	fmt.Printf("%6.2v|\n", N(7))
	fmt.Printf("%d\n", time.Second)
	fmt.Printf("%s|%10s|%-10v|\n", time.Minute, time.Millisecond, 1500*time.Microsecond)
}
