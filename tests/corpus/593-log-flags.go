package main

import (
	"fmt"
	"log"
)

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetFlags(0)
	log.Println("plain", 1, 2)
	log.Print("print", 3, "x")
	log.Printf("printf %d %s", 4, "y")
	log.Printf("with newline\n")
	log.Print()
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before message")
	log.SetFlags(log.Lshortfile)
	log.Println("where")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Printf("both %v", true)
	fmt.Println(log.Flags(), log.Prefix())
	log.SetPrefix("")
	log.SetFlags(0)
	for i := 0; i < 3; i++ {
		log.Println("line", i)
	}
	fmt.Println("before fatal")
	log.Fatalf("fatal: %s", "giving up")
	fmt.Println("never")
}
