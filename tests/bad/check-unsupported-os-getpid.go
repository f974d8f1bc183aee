package main

import "os"

func main() {
	os.Getpid()
}
