package main

import (
	"fmt"
	"sync"
)

// Long store loops and scans in goroutines that run side by side: each
// loop outlasts a time slice, so it stops in its middle for the others
// and goes on where it stopped.
const n = 200000

func marker(marks []bool, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := 0; j < n; j += 3 {
		marks[j] = true
	}
	skipped := 0
	for i := 0; i < n; i++ {
		if marks[i] {
			continue
		}
		skipped++
	}
	out <- fmt.Sprint("unmarked ", skipped)
}

func filler(wide []int, v int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := n - 1; j >= 0; j-- {
		wide[j] = v
	}
	sum := 0
	for _, x := range wide {
		sum += x
	}
	out <- fmt.Sprint("wide sum ", sum)
}

func odds(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	local := make([]bool, n)
	for j := 1; j < n; j += 2 {
		local[j] = true
	}
	odd := 0
	for i := 0; i < n; i++ {
		if !local[i] {
			continue
		}
		odd++
	}
	out <- fmt.Sprint("odd ", odd)
}

func sieve(limit int) int {
	composite := make([]bool, limit+1)
	primes := 0
	for i := 2; i <= limit; i++ {
		if !composite[i] {
			primes++
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func counter(to int, done chan<- int) {
	c := 0
	for i := 0; i < to; i++ {
		c++
	}
	done <- c
}

func main() {
	var wg sync.WaitGroup
	counts := make(chan string, 3)
	wg.Add(3)
	go marker(make([]bool, n), counts, &wg)
	go filler(make([]int, n), 7, counts, &wg)
	go odds(counts, &wg)
	wg.Wait()
	close(counts)
	got := map[string]bool{}
	for c := range counts {
		got[c] = true
	}
	fmt.Println(got["unmarked 133333"], got["wide sum 1400000"], got["odd 100000"], len(got))

	// a sieve in main while a goroutine counts up, both yielding
	done := make(chan int)
	go counter(300000, done)
	fmt.Println("primes:", sieve(n), "counted:", <-done)
}
