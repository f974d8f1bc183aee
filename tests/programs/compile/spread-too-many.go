package main

func sum(xs ...int) int { return len(xs) }

func main() {
	xs := []int{1, 2}
	_ = sum(0, xs...)
}
