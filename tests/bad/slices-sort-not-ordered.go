package main

import "slices"

type P struct{ x int }

func main() {
	slices.Sort([]P{{1}})
}
