package main

// A 1 MB string built once, then 100 000 substrings of 1 000 bytes at
// different offsets, all kept live in a slice and read back: Go's
// substrings share their parent's bytes (2 MB live), copies would take
// 100 MB.

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"
	words := make([]string, 0, 16384)
	for i := 0; i < 16384; i++ {
		n := strconv.Itoa(i * 7)
		words = append(words, n+alphabet[len(n):63]) // 63 bytes
	}
	text := strings.Join(words, " ") + " " // 1 MiB
	words = nil
	subs := make([]string, 0, 100000)
	for i := 0; i < 100000; i++ {
		at := (i * 7919) % (len(text) - 1000)
		subs = append(subs, text[at:at+1000])
	}
	sum := 0
	for i, s := range subs {
		sum += int(s[i%1000]) + strings.Count(s[:100], " ")
	}
	fmt.Println(len(subs), sum)
}
