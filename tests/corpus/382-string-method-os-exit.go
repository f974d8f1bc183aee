package main

import (
	"fmt"
	"os"
)

type Quit int

func (q Quit) String() string {
	fmt.Println("leaving with", int(q))
	os.Exit(int(q))
	return "unreachable"
}

func main() {
	fmt.Println("start")
	fmt.Printf("%v\n", Quit(3))
	fmt.Println("not printed")
}
