package main

func main() {
	a := true
	_ = -a
}
