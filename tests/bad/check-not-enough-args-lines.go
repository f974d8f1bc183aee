package main

func f(a, b int) int { return a + b }

func main() {
	_ = f(
		1,
	)
}
