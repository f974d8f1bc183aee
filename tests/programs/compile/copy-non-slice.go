package main

func main() {
	var n int
	copy(n, "abc")
}
