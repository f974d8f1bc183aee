package main

func f() (int, int) { return 1, 2 }

func main() {
	var a int
	a = f()
	_ = a
}
