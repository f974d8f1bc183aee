package main

type Runner interface{ Run() }

type Job struct{}

func (*Job) Run() {}

func main() {
	var r Runner = Job{}
	_ = r
}
