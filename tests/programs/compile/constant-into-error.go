package main

func main() {
	var err error = "failed"
	_ = err
}
