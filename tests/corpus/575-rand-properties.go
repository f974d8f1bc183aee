// math/rand and math/rand/v2: the numbers are the run's own (seeded from
// the scheduler's seed), so only their properties are printed: ranges,
// permutations, one generator per source seed giving the same sequence
// twice, and the panics of a non-positive bound.

package main

import (
	"fmt"
	"math/rand"
	r2 "math/rand/v2"
	"time"
)

func main() {
	for i := 0; i < 200; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			fmt.Println("bad Intn", v)
		}
		if v := r2.IntN(7); v < 0 || v >= 7 {
			fmt.Println("bad IntN", v)
		}
		if v := rand.Float64(); v < 0 || v >= 1 {
			fmt.Println("bad Float64", v)
		}
		if v := r2.N(50 * time.Millisecond); v < 0 || v >= 50*time.Millisecond {
			fmt.Println("bad N", v)
		}
		if v := rand.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			fmt.Println("bad Int63n", v)
		}
		if v := rand.Int31n(3); v < 0 || v >= 3 {
			fmt.Println("bad Int31n", v)
		}
	}
	p := rand.Perm(10)
	fmt.Println(isPerm(p), len(p))
	s := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(len(s), has(s, "a") && has(s, "b") && has(s, "c") && has(s, "d") && has(s, "e"))
	x := []int{1, 2, 3, 4}
	r2.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x[0]+x[1]+x[2]+x[3], x[0]*x[1]*x[2]*x[3])
	g1 := rand.New(rand.NewSource(42))
	g2 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 20; i++ {
		if g1.Intn(1000) != g2.Intn(1000) {
			same = false
		}
	}
	fmt.Println("same seed, same numbers:", same)
	fmt.Println(isPerm(g1.Perm(5)), isPerm(rand.Perm(0)))
	g1.Shuffle(3, func(i, j int) {})
	v := r2.New(r2.NewPCG(1, 2))
	fmt.Println(v.IntN(5) < 5, v.Float64() < 1, v.Int64N(3) < 3)
	var n int32 = r2.Int32N(4)
	var u uint32 = rand.Uint32()
	_ = u
	fmt.Println(n < 4, rand.Int() >= 0, r2.Int() >= 0, rand.Int63() >= 0, rand.Int31() >= 0)
	fmt.Printf("%T %T\n", g1, v)
	defer func() { fmt.Println(recover()) }()
	r2.IntN(0)
}

func isPerm(p []int) bool {
	seen := make(map[int]bool)
	for _, v := range p {
		if v < 0 || v >= len(p) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return true
}

func has(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
