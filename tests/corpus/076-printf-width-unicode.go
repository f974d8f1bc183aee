package main

import "fmt"

func main() {
	fmt.Printf("[%6s]\n", "世界")
	fmt.Printf("[%-6s]\n", "héllo")
	fmt.Printf("[%2s]\n", "toolong")
	fmt.Printf("[%4d][%-4d][%4v]\n", -12, -12, "ab")
	fmt.Printf("[%8q]\n", "q")
	fmt.Printf("[%5t]\n", true)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%s has %d bytes\n", "世界", len("世界"))
}
