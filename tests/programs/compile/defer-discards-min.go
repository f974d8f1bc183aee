package main

func main() {
	x := 2
	defer min(x, 1)
}
