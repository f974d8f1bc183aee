package main

import "fmt"

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("bad") }))
	fmt.Println(safe(func() { var s []int; _ = s[3] }))
}
