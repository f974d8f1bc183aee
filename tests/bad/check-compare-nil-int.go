package main

func main() {
	a := 1
	if a == nil {
	}
}
