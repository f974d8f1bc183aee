package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := complex(0, 0)
	nums := []complex128{1, 1i, complex(inf, 0), complex(0, inf), complex(nan, 1), complex(1e308, 1e308), complex(-2, 0)}
	dens := []complex128{zero, 2, 1i, complex(inf, inf), complex(1e-308, 1e-308), complex(0, -0.5), complex(3, 4), complex(nan, nan)}
	for _, n := range nums {
		for _, d := range dens {
			fmt.Print(n/d, " ")
		}
		fmt.Println()
	}
	var a, b complex64 = complex(1, 2), complex(3, -4)
	fmt.Println(a/b, a*b, a/0)
	fmt.Println(complex(1, 1)/complex(math.MaxFloat64, math.MaxFloat64), complex(math.SmallestNonzeroFloat64, 0)/complex(0, 1))
	z := complex(0.0, 1.0)
	for i := 0; i < 4; i++ {
		z *= 1i
		fmt.Print(z, " ")
	}
	fmt.Println()
	w := complex(math.Copysign(0, -1), 0)
	fmt.Println(w, -w, w == 0, real(w*w), imag(-zero))
}
