package main

import "fmt"

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) {
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
}

func try(n int) {
	defer func() {
		r := recover()
		fmt.Println("recover returned", r)
	}()
	mustPositive(n)
	fmt.Println(n, "is fine")
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	try(5)
	try(-1)
	fmt.Println("main continues")
	panic(fmt.Errorf("final %s", "failure"))
}
