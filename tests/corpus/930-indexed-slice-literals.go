package main

// Slice literals with indices: a table of names by state, as Go code
// often writes it, read by goroutines.

import "fmt"

type state int

const (
	idle state = iota
	running
	blocked
	done
)

var names = []string{
	idle:    "idle",
	running: "running",
	blocked: "blocked",
	done:    "done",
}

type point struct{ x, y int }

func main() {
	fmt.Println(names, len(names), cap(names))
	a := []int{5: 1, 2, 1: 7}
	fmt.Println(a, len(a))
	b := []byte{3: 'x', 'y'}
	fmt.Printf("%q %d\n", b, len(b))
	ps := []point{2: {1, 2}, {3, 4}}
	fmt.Println(ps)
	pp := []*point{1: {5, 6}}
	fmt.Println(pp[0] == nil, *pp[1])
	m := [][]int{2: {1}, 0: {2, 3}}
	fmt.Println(m)
	results := make(chan string, len(names))
	for s := idle; s <= done; s++ {
		go func() { results <- names[s] }()
	}
	seen := map[string]bool{}
	for range names {
		seen[<-results] = true
	}
	fmt.Println(len(seen), seen["blocked"])
	var e []bool = []bool{4: true}
	fmt.Println(e)
}
