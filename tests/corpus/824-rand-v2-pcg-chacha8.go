package main

import (
	"fmt"
	"math/rand/v2"
)

func pcg() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64(), r.Uint64(), r.Int64(), r.Int(), r.Uint32(), r.Int32(), r.Uint())
	fmt.Println(r.IntN(10), r.IntN(1000000), r.Int64N(1<<40), r.Int32N(7), r.Uint64N(3), r.Uint32N(1000), r.UintN(16))
	fmt.Println(r.Float64(), r.Perm(8))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r2 := rand.New(rand.NewPCG(42, 0xdeadbeef))
	for i := 0; i < 5; i++ {
		fmt.Print(r2.IntN(100), " ", r2.Uint64N(1<<63+5), " ")
	}
	fmt.Println()
	fmt.Println(rand.N(int64(1)) == 0, rand.UintN(1), rand.Uint32N(1), rand.Uint64N(1), rand.Uint() >= 0)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Uint64N(0)
}
func chacha() {
	var seed [32]byte
	copy(seed[:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
	c := rand.New(rand.NewChaCha8(seed))
	fmt.Printf("%#x %#x\n", c.Uint64(), c.Uint64())
	for i := 0; i < 300; i++ {
		c.Uint64()
	}
	fmt.Println(c.IntN(1000), c.Float64(), c.Perm(6), c.Int32N(50), c.Uint32N(7), c.Int64())
	var s2 [32]byte
	s2[0] = 7
	d := rand.New(rand.NewChaCha8(s2))
	sum := 0
	for i := 0; i < 2000; i++ {
		sum += d.IntN(10)
	}
	fmt.Println(sum, d.Uint64())
}
func main() {
	chacha()
	pcg()
}
