package main

func main() {
	b := true + false
	_ = b
}
