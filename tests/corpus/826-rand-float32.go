package main

import (
	"fmt"
	mrand "math/rand"
	"math/rand/v2"
	"sync"
)

// Workers draw float32 samples from their own seeded generators and
// send the sums back; the numbers are Go's for PCG and ChaCha8.
func main() {
	var seed [32]byte
	copy(seed[:], "gorolanes float32 chacha8 seed..")
	pcg := rand.New(rand.NewPCG(7, 11))
	cha := rand.New(rand.NewChaCha8(seed))
	for i := 0; i < 4; i++ {
		fmt.Println(pcg.Float32(), cha.Float32())
	}
	var f float32 = pcg.Float32()
	fmt.Printf("%T %.6f\n", f, f)

	results := make(chan float32)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(w, w*w))
			var sum float32
			for i := 0; i < 1000; i++ {
				sum += r.Float32()
			}
			results <- sum
		}(uint64(w))
	}
	go func() { wg.Wait(); close(results) }()
	var total float32
	n := 0
	for s := range results {
		total += s
		n++
	}
	fmt.Println(n, total > 1400 && total < 1600)

	// The global generators: in [0, 1), whatever the seed.
	ok := true
	for i := 0; i < 1000; i++ {
		a, b := rand.Float32(), mrand.Float32()
		if a < 0 || a >= 1 || b < 0 || b >= 1 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
}
