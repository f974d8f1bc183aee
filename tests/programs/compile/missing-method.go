package main

type Shape interface {
	Area() int
	Name() string
}

type Square struct{}

func (Square) Area() int { return 1 }

func main() {
	var s Shape = Square{}
	_ = s
}
