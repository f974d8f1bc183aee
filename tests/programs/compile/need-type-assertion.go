package main

func main() {
	var x interface{} = 1
	var n int = x
	_ = n
}
