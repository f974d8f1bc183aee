package main

// A String method that prints its own receiver calls itself through fmt
// without end: Go's stack overflow, after what was printed before.  Nested
// String calls that do end are fine.
import "fmt"

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l.next == nil {
		return fmt.Sprint(l.v)
	}
	return fmt.Sprintf("%d,%v", l.v, l.next)
}

type T struct{ n int }

func (t T) String() string { return fmt.Sprint(t) }

func main() {
	var l *List
	for i := 0; i < 200; i++ {
		l = &List{i, l}
	}
	s := l.String()
	fmt.Println(len(s), s[:20])
	fmt.Println("before")
	fmt.Println(T{1})
	fmt.Println("never")
}
