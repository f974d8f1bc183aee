package main

func main() {
	print(1, nil)
}
