package main

type A struct{ b B }
type B struct{ a []A; c C }
type C struct{ a A }

func main() {}
