package main

// fmt prints a method's panic in place of the value; a second panic while
// it prints the first goes on up out of the fmt call, and one in the
// Error method of a panic value is fatal, naming a string's text.
import "fmt"

type S struct{}

func (S) String() string { panic("boom") }

type E struct{}

func (e E) Error() string { panic(e) }

type F struct{}

func (F) Error() string { panic("inner") }

type G struct{ s S }

func (g G) String() string { return "G:" + fmt.Sprint(g.s) }

func main() {
	fmt.Println(S{})
	fmt.Printf("%v|%s|%d\n", S{}, S{}, S{})
	fmt.Println(G{})
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T\n", r)
		}()
		fmt.Println("never", E{})
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T\n", r)
		}()
		s := fmt.Sprintf("%v", E{})
		fmt.Println("never", s)
	}()
	fmt.Println("last")
	panic(F{})
}
