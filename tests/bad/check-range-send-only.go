package main

func f(ch chan<- int) {
	for range ch {
	}
}

func main() {
	f(make(chan int))
}
