package main
func main() {