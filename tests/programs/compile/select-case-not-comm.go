package main
func main() { select { case 1: } }