package main

func main() {
	xs := []interface{}{1, 2}
	println(xs...)
}
