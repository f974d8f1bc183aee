package main

func main() {
	_ = struct{ x, y int }{1}
}
