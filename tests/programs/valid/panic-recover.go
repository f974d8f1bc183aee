package main

import "fmt"

func mayPanic() {
	panic("a problem")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	mayPanic()
	fmt.Println("After mayPanic()")
}
