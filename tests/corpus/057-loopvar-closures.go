// Go 1.22 semantics: per-iteration loop variables (recorded with Go 1.23).
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println("i =", i) })
	}
	for _, v := range []string{"a", "b", "c"} {
		fs = append(fs, func() { fmt.Println("v =", v) })
	}
	for _, f := range fs {
		f()
	}
}
