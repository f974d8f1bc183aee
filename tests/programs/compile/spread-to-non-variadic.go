package main

func add(a, b int) int { return a + b }

func main() {
	xs := []int{1, 2}
	_ = add(xs...)
}
