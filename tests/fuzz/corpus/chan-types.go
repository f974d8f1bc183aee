package main

func main() {
	var c <-chan <-chan int
	x := <-chan int(nil)
	switch v := x.(type) {
	case int:
		fallthrough
	}
}
