package main

const a = a + 1

func main() {}
