package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Loud string

func (l Loud) String() string {
	fmt.Println("String of", string(l))
	return "<" + string(l) + ">"
}

type Rec struct{}

func (Rec) String() string {
	defer func() { recover() }()
	panic("inside")
}

type Bad struct{}

func (Bad) Error() string { panic(errors.New("bad error")) }

type stringer interface{ String() string }

type Wrap struct{ in stringer }

func (w Wrap) String() string { return fmt.Sprintf("wrap[%v]", w.in) }

type Gone struct{}

func (Gone) String() string {
	runtime.Goexit()
	return ""
}

func main() {
	fmt.Println(Loud("a"), Loud("b"))
	m := map[string]Loud{"y": "2", "x": "1"}
	fmt.Println(m)
	fmt.Println([]Loud{"p", "q"}, struct{ L Loud }{"r"})
	fmt.Printf("%s|%q|%v|%d\n", Loud("s"), Loud("t"), Rec{}, 5)
	fmt.Println(Bad{}, Wrap{Wrap{Loud("w")}})
	err := fmt.Errorf("wrapped: %w", Bad{})
	fmt.Println(err)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("deferred in goexit")
		fmt.Println(Gone{})
		fmt.Println("not reached")
	}()
	<-done
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer fmt.Println("deferred print", Bad{})
		panic("first")
	}()
}
