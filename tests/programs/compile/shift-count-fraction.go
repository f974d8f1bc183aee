package main

func main() {
	n := 1
	_ = n << 1.5
}
