package main

// The Error method of a panic value prints its own receiver: printing the
// panic overflows the stack, which Go reports as a fatal error.
import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("code %v", e) }

func main() {
	fmt.Println("before")
	println("to stderr")
	panic(E{3})
}
