package main

func main() {
	x := []int{1}
	println(min(x))
}
