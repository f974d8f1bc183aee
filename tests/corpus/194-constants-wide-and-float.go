// Untyped constants: integers past 64 bits stay exact, floats fold
// nearer Go's exact arithmetic than doubles do, and the two mix.
package main

import "fmt"

const (
	Big   = 1 << 100
	Huge  = 340282366920938463463374607431768211455 * 4
	Lit   = 100000000000000000000000
	Third = 1.0 / 3
)

func main() {
	fmt.Println(0.1+0.2, Third*3, 0.7*3, 1e300*1e10/1e20)
	fmt.Println(Big>>98, Big/(1<<90), Big%1000003, -Big/(1<<99))
	var u uint64 = 1<<64 - 1
	fmt.Println(u, uint64(Big>>37), Lit/1000000000000000000, Huge/Huge)
	fmt.Println(float64(Big), float64(Lit)+0.5, Big*0.5 == 1<<99, Lit*0.1)
	fmt.Println(-9223372036854775808/-1+0, (Big-1)&0xffff, Big > Lit)
	var f float64 = Big / 3
	fmt.Println(f, 0.1*3 == 0.3, 1<<62*4/8)
}
