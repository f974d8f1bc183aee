package main

type T struct{ a int }

func (t *T) M() {}

func mk() T { return T{} }

func main() {
	mk().M()
}
