// SPDX-License-Identifier: GPL-3.0-or-later

//go:build ignore

// go-tokens prints the tokens go/scanner finds in each argument (a Go
// source text, not a file name) the way tests/test-lexer.c writes them:
// TEXT@LINE:COL separated by spaces, ";nl" for a semicolon Go inserts.
//
//	go run tests/parser/go-tokens.go 'x := 1' 'return
//	}'
package main

import (
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"strings"
)

func main() {
	for _, src := range os.Args[1:] {
		fset := token.NewFileSet()
		file := fset.AddFile("x.go", -1, len(src))
		var s scanner.Scanner
		s.Init(file, []byte(src), nil, 0)
		var out []string
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			p := fset.PositionFor(pos, false)
			text := lit
			switch {
			case tok == token.SEMICOLON && lit == "\n":
				text = ";nl"
			case tok == token.SEMICOLON:
				text = ";"
			case lit == "":
				text = tok.String()
			}
			out = append(out, fmt.Sprintf("%s@%d:%d", text, p.Line, p.Column))
		}
		fmt.Printf("%q\n", strings.Join(out, " "))
	}
}
