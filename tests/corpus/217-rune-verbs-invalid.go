package main

import "fmt"

func main() {
	r := -1
	big := 0x110000
	sur := 0xD800
	fmt.Printf("%c|%c|%c|%q|%q|%q|%U|%U|%#U\n", r, big, sur, r, big, sur, r, big, sur)
	fmt.Printf("%q %+q %q %q\n", '\x00', 'é', '\'', '"')
	fmt.Printf("%q\n", "it's \"q\" \\ \u00a0 \u200b \x7f")
	fmt.Println(string(rune(sur)), []byte(string(rune(sur))))
}
