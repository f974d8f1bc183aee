package main

func main() {
	ch := make(chan string, 1)
	ch <- "a"
	var n int
	n = <-ch
	_ = n
}
