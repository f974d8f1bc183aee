package main

import (
	"fmt"
	"math"
	"sync"
)

// Phasors of an AC circuit as complex128: each branch's impedance is
// computed by a goroutine, and the results are summed under a mutex.
type Branch struct {
	Name string
	R    float64 // ohms
	L    float64 // henries
	C    float64 // farads, 0 for none
}

func impedance(b Branch, omega float64) complex128 {
	z := complex(b.R, omega*b.L)
	if b.C > 0 {
		z += complex(0, -1/(omega*b.C))
	}
	return z
}

func main() {
	const freq = 50.0
	omega := 2 * math.Pi * freq
	branches := []Branch{
		{"heater", 20, 0, 0},
		{"motor", 5, 0.05, 0},
		{"filter", 1, 0.01, 1e-4},
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := complex(0, 0)
	each := make([]complex128, len(branches))
	for i, b := range branches {
		wg.Add(1)
		go func() {
			defer wg.Done()
			z := impedance(b, omega)
			each[i] = z
			mu.Lock()
			total += z
			mu.Unlock()
		}()
	}
	wg.Wait()
	v := complex(230, 0)
	for i, b := range branches {
		z := each[i]
		current := v / z
		mag := math.Hypot(real(current), imag(current))
		phase := math.Atan2(imag(current), real(current)) * 180 / math.Pi
		fmt.Printf("%-7s Z=%.2f  I=%.3f A at %.1f°\n", b.Name, z, mag, phase)
	}
	fmt.Printf("series Z=%.3f, |Z|=%.3f\n", total, math.Hypot(real(total), imag(total)))
	var z64 complex64 = complex64(total)
	fmt.Println(z64 == complex64(total), real(z64) == float32(real(total)))
}
