package main

type T struct{ n int }

func (t *T) run() {}

func main() {
	f := T.walk
	_ = f
}
