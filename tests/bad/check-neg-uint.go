package main

func main() {
	var x uint = -1
	_ = x
}
