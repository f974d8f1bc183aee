package main

func main() {
	const c int = 9223372036854775807
	_ = c + 1
}
