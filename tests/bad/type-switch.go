package main

import "fmt"

func describe(x interface{}) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	}
	return "other"
}

func main() {
	fmt.Println(describe(1), describe("a"))
}
