package main
func main() { var x chan chan<- <-chan int; _ = x }