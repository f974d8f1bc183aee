package main

func main() {
L:
	for {
	}
	goto M
}
