package main

// Type switches: several types in one case, nil, an interface case, a
// bound variable typed per case, break out of a case and of a loop.

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circle struct{ r float64 }

func (q Sq) Area() float64     { return q.s * q.s }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case []int:
		return fmt.Sprint("slice ", len(v))
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case error:
		return "error " + v.Error()
	case func() int:
		return fmt.Sprint("func ", v())
	case chan int:
		return "chan"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func kind(x any) {
	switch x.(type) {
	case bool:
		fmt.Println("bool")
		if x == true {
			break
		}
		fmt.Println("false bool")
	default:
		fmt.Println("something")
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "héllo", []int{1, 2}, Sq{2}, &Circle{1}, Circle{1}, errors.New("e"), &MyErr{7},
		func() int { return 9 }, make(chan int), 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	kind(true)
	kind(false)
	kind(1)
	var s Shape = Sq{3}
	switch t := s.(type) {
	case Sq:
		fmt.Println("Sq", t.s)
	case *Circle:
		fmt.Println("circle", t.r)
	}
	var e error = &MyErr{3}
	switch e := e.(type) {
	case *MyErr:
		fmt.Println(e.code)
	}
loop:
	for i := 0; i < 3; i++ {
		switch any(i).(type) {
		case int:
			if i == 1 {
				break loop
			}
			fmt.Println("i", i)
		}
	}
}
