package main

import "fmt"

func main() {
	fmt.Printf("%+d|%+5d|%-+5d|%+05d|%05d|%-05d|\n", 42, 42, 42, 42, -42, -42)
	fmt.Printf("%x|%X|%o|%b|%c|%U\n", 255, 255, 8, 5, 'A', 0x1F600)
	fmt.Printf("%08.3f|%.2f|%f|%e|%g\n", 3.14159, 2.5, 1.0/3, 12345.678, 0.000001234)
	fmt.Printf("%5t|%-7t|\n", true, false)
	fmt.Printf("%q|%10q|%-10q|\n", "a", "b", "c")
	fmt.Printf("%q\n", "héllo\n\x00\u2028")
	fmt.Printf("%q\n", 'x')
	fmt.Printf("%5s|%-5s|%.2s|%5.1s|\n", "日本語", "日本語", "日本語", "日本語")
	fmt.Printf("%v %v\n", []int(nil), [][]int{{1}, nil, {}})
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%5d|\n", []int{1, 2})
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%t\n", 5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%*d|%-*d|\n", 5, 1, 5, 2)
	fmt.Printf("%v|%v\n", true, "s")
	fmt.Printf("%6.2v|\n", "abcdef")
	fmt.Printf("%x %X\n", "hello", "hi")
	fmt.Printf("% d|% d\n", 5, -5)
	fmt.Printf("%#x %#o\n", 255, 8)
}
