package main

const c = "a"

func main() {
	x := "b"
	switch x {
	case "a", "b":
	case c:
	}
}
