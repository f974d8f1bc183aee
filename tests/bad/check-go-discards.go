package main

func main() {
	s := []int{}
	go len(s)
}
