package main

func main() {
	m := map[string]string{}
	var n int = m["a"]
	_ = n
}
