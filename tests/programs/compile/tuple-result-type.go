package main

func pair() (string, int) { return "a", 1 }

func main() {
	var a, b int
	a, b = pair()
	_, _ = a, b
}
