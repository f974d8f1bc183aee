package main

// An Error method that panics with its own value: printing the panic
// value panics again, which Go ends with a fatal error naming the type.
// What the program printed before stays.
import "fmt"

type E struct{ n int }

func (e E) Error() string { panic(e) }

func main() {
	fmt.Println("before")
	panic(E{1})
}
