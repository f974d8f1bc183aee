package main

import (
	"fmt"
	"math/rand/v2"
)

// NormFloat64 and ExpFloat64 on seeded v2 generators: the ziggurat
// tables made from the method's formulas give Go's numbers exactly.
func main() {
	r := rand.New(rand.NewPCG(3, 4))
	var s2 [32]byte
	s2[5] = 9
	c := rand.New(rand.NewChaCha8(s2))
	fmt.Println(r.NormFloat64(), r.ExpFloat64(), c.NormFloat64(), c.ExpFloat64())
	var sn, se, cn, ce float64
	for i := 0; i < 20000; i++ {
		sn += r.NormFloat64()
		se += r.ExpFloat64()
		cn += c.NormFloat64()
		ce += c.ExpFloat64()
	}
	fmt.Println(sn, se, cn, ce, r.Uint64(), c.Uint64())
}
