package main

func main() {
	a := true
	if a < a {
	}
}
