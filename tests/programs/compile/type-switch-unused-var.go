package main

func main() {
	var x any = 1
	switch v := x.(type) {
	case int:
	}
}
