package main

func main() {
	var 1x int
	_ = x
}
