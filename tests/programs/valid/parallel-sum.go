package main

import "fmt"

type part struct {
	index int
	sum   int
}

func main() {
	data := make([]int, 100)
	for i := range data {
		data[i] = i + 1
	}
	const chunks = 4
	size := len(data) / chunks
	out := make(chan part)
	for c := 0; c < chunks; c++ {
		go func(idx int, xs []int) {
			s := 0
			for _, x := range xs {
				s += x
			}
			out <- part{idx, s}
		}(c, data[c*size:(c+1)*size])
	}
	sums := [chunks]int{}
	total := 0
	for c := 0; c < chunks; c++ {
		p := <-out
		sums[p.index] = p.sum
		total += p.sum
	}
	fmt.Println(sums, total)
	copyOf := sums
	copyOf[0] = 0
	fmt.Println(sums == copyOf, len(sums))
}
