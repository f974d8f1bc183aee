package main

func main() {
	_ = append(nil, 1)
}
