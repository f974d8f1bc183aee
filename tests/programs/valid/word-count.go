package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  A fox, a dog, the end.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println("words:", len(words), "distinct:", len(counts))

	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("line %d: %d chars, title=%q\n", i+1, len(l), strings.TrimSpace(strings.Title(l[:9])))
	}
	fmt.Println(strings.Count(text, "fox"), strings.Index(text, "dog"), strings.LastIndex(text, "dog"))
	fmt.Println(strings.ReplaceAll("a-b-c", "-", "+"), strings.HasPrefix(text, "The"), strings.HasSuffix(text, "end."))
	fmt.Println(strings.Join(strings.SplitN("k=v=w", "=", 2), " | "))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello, World"))
}
