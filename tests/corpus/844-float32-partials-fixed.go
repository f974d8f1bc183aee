package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

// The fix: a buffered channel with room for every partial, and a
// WaitGroup so that the sums are all in before they are added up.
func worker(id int, readings []float32, out chan<- float32, wg *sync.WaitGroup) {
	defer wg.Done()
	var sum float32
	for _, r := range readings {
		sum += r
	}
	time.Sleep(time.Duration(id) * time.Millisecond)
	out <- sum
}

func main() {
	readings := make([]float32, 40)
	for i := range readings {
		readings[i] = float32(i) * 0.1
	}
	out := make(chan float32, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(w, readings[w*10:(w+1)*10], out, &wg)
	}
	wg.Wait()
	close(out)
	var total float32
	var parts []float32
	for p := range out {
		parts = append(parts, p)
		total += p
	}
	slices.Sort(parts)
	fmt.Println("partials:", parts)
	fmt.Println("total:", total, "as float64:", float64(total))
	var exact float64
	for _, r := range readings {
		exact += float64(r)
	}
	fmt.Printf("exact %.6f, float32 %.6f\n", exact, total)
}
