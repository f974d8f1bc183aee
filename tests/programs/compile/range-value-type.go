package main

func main() {
	var k string
	for k = range []int{1} {
	}
	_ = k
}
