package main

func main() {
	var each func(func(int))
	for x := range each {
		_ = x
	}
}
