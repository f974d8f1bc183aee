package main

func main() {
	x := "a"
	x += 1
}
