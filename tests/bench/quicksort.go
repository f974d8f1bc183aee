package main

import "fmt"

// Quicksort of 1 000 000 pseudo-random ints (a fixed linear congruential
// sequence, so every run sorts the same numbers).
func quicksort(a []int, lo, hi int) {
	for lo < hi {
		p := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			quicksort(a, lo, j)
			lo = i
		} else {
			quicksort(a, i, hi)
			hi = j
		}
	}
}

func main() {
	const n = 1000000
	a := make([]int, n)
	x := uint32(12345)
	for i := range a {
		x = x*1103515245 + 12345
		a[i] = int(x >> 1)
	}
	quicksort(a, 0, n-1)
	for i := 1; i < n; i++ {
		if a[i-1] > a[i] {
			fmt.Println("not sorted at", i)
			return
		}
	}
	fmt.Println("sorted", n, "ints; first", a[0], "last", a[n-1])
}
