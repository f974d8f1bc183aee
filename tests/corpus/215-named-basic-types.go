package main

import "fmt"

type Celsius float64
type Name string
type Count int

func main() {
	x := 65
	fmt.Println(string(rune(x)), string(rune(-1)), string(rune(0x110000)))
	var c Celsius = 36.6
	var n Name = "bob"
	var k Count = 3
	fmt.Println(c, n, k, c*2, n+"!", k*k)
	fmt.Printf("%v %.1f %s %q %d %5v|\n", c, c, n, n, k, k)
	fmt.Println(float64(c)+0.4, int(c), Count(c), len(n))
	ks := []Count{1, 2}
	fmt.Println(ks, []Name{"a"}, []Celsius{1.5})
	const big Count = 1 << 40
	fmt.Println(big, big/3)
}
