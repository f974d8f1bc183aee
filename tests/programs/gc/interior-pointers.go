package main

import "fmt"

// Pointers into the middle of arrays and structs, and struct and array
// map keys, with nothing else holding what they point into: each must
// keep its whole object alive through the collections.

type rec struct {
	name string
	vals [4]int
	tag  *string
}

func elem(n int) *int {
	s := make([]int, n)
	for i := range s {
		s[i] = n + i
	}
	return &s[n/2]
}

func field(i int) *string {
	r := &rec{name: fmt.Sprint("rec", i)}
	return &r.name
}

func inner(i int) *int {
	rs := make([]rec, 3)
	rs[2].vals[3] = i * 7
	return &rs[2].vals[3]
}

type key struct {
	id   int
	path [2]string
}

func main() {
	var ps []*int
	var ns []*string
	var in []*int
	keys := map[key]*int{}
	for i := 0; i < 300; i++ {
		ps = append(ps, elem(64+i))
		ns = append(ns, field(i))
		in = append(in, inner(i))
		k := key{i % 10, [2]string{fmt.Sprint("a", i%3), "b"}}
		keys[k] = in[len(in)-1]
		junk := make([]string, 50)
		for j := range junk {
			junk[j] = fmt.Sprint(j)
		}
	}
	sum, names, inners := 0, 0, 0
	for i := range ps {
		sum += *ps[i]
		names += len(*ns[i])
		inners += *in[i]
	}
	fmt.Println(sum, names, inners, len(keys))
	total := 0
	for k, p := range keys {
		total += k.id + len(k.path[0]) + *p
	}
	fmt.Println(total, *ns[299], *ps[0], *in[1])
}
