package main

func main() {
	m := map[string]int{}
	_ = cap(m)
}
