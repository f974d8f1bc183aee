package main

import "fmt"

type Namer interface {
	Name() string
}

func Names[T Namer](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return out
}

func main() {
	fmt.Println(Names([]int{1}))
}
