package main

import (
	"log"
	"os"
)

func main() {
	logger := log.New(os.Stdout, "my:", 0)
	logger.Println("from logger")
	logger.SetPrefix("ohmy:")
	logger.Println("from logger")
}
