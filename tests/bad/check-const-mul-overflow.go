package main

func main() {
	const big = 1 << 62
	x := big * 4
	_ = x
}
