package main

func f(nums ...int, hi int) {}

func main() {
	f(1, 2)
}
