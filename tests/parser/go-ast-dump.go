// SPDX-License-Identifier: GPL-3.0-or-later

//go:build ignore

// go-ast-dump prints Go's own syntax tree (go/parser) of each file given in
// the S-expression form of core/gor-ast-dump.c with positions, so that the
// parser's tests compare its trees against Go's.  tests/go-oracle.py
// builds it with Go 1.23 and writes (--record) or checks every .ast of the
// programs test-parser.c lists; by hand:
//
//	go build -o /tmp/go-ast-dump tests/parser/go-ast-dump.go
//	/tmp/go-ast-dump tests/parser/x.go > tests/parser/x.ast
//
// (`go run` would take the .go argument for a source file of the tool.)
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
)

type dumper struct {
	fset *token.FileSet
	b    strings.Builder
}

func (d *dumper) pos(p token.Pos) string {
	pp := d.fset.PositionFor(p, false)
	return fmt.Sprintf("@%d:%d ", pp.Line, pp.Column)
}

func (d *dumper) open(p token.Pos, head string) {
	d.b.WriteString("(" + d.pos(p) + head)
}

func (d *dumper) close() { d.b.WriteString(")") }

func (d *dumper) optExpr(x ast.Expr) {
	d.b.WriteString(" ")
	if x == nil {
		d.b.WriteString("_")
	} else {
		d.expr(x)
	}
}

func (d *dumper) optStmt(s ast.Stmt) {
	d.b.WriteString(" ")
	if s == nil {
		d.b.WriteString("_")
	} else {
		d.stmt(s)
	}
}

func (d *dumper) exprList(l []ast.Expr) {
	d.b.WriteString("(")
	for i, x := range l {
		if i > 0 {
			d.b.WriteString(" ")
		}
		d.expr(x)
	}
	d.b.WriteString(")")
}

func (d *dumper) identList(l []*ast.Ident) {
	xs := make([]ast.Expr, len(l))
	for i, n := range l {
		xs[i] = n
	}
	d.exprList(xs)
}

// statements other than empty ones, which the tree leaves out
func (d *dumper) stmtItems(l []ast.Stmt) {
	for _, s := range l {
		if _, ok := s.(*ast.EmptyStmt); ok {
			continue
		}
		d.b.WriteString(" ")
		d.stmt(s)
	}
}

// g_strescape: octal for control and non-ASCII bytes
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\v':
			b.WriteString(`\v`)
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		default:
			if c < 0x20 || c >= 0x7f {
				fmt.Fprintf(&b, "\\%03o", c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

func (d *dumper) field(f *ast.Field, embedded bool) {
	if embedded {
		d.open(f.Pos(), "embed")
	} else {
		d.open(f.Pos(), "field ")
		d.identList(f.Names)
	}
	d.optExpr(f.Type)
	if f.Tag != nil {
		v, _ := strconv.Unquote(f.Tag.Value)
		d.b.WriteString(" \"" + escape(v) + "\"")
	}
	d.close()
}

func (d *dumper) fields(head string, l *ast.FieldList, embeddable bool) {
	d.b.WriteString("(" + head)
	if l != nil {
		for _, f := range l.List {
			d.b.WriteString(" ")
			d.field(f, embeddable && len(f.Names) == 0)
		}
	}
	d.b.WriteString(")")
}

func (d *dumper) expr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Ident:
		d.b.WriteString(d.pos(x.Pos()) + x.Name)
	case *ast.BasicLit:
		d.b.WriteString(d.pos(x.Pos()) + x.Value)
	case *ast.CompositeLit:
		d.open(x.Pos(), "complit")
		d.optExpr(x.Type)
		for _, e := range x.Elts {
			d.b.WriteString(" ")
			d.expr(e)
		}
		d.close()
	case *ast.FuncLit:
		d.open(x.Pos(), "funclit")
		d.optExpr(x.Type)
		d.optStmt(x.Body)
		d.close()
	case *ast.ParenExpr:
		d.open(x.Pos(), "paren")
		d.optExpr(x.X)
		d.close()
	case *ast.SelectorExpr:
		d.open(x.Pos(), "sel")
		d.optExpr(x.X)
		d.b.WriteString(" " + x.Sel.Name)
		d.close()
	case *ast.IndexExpr:
		d.open(x.Pos(), "index")
		d.optExpr(x.X)
		d.optExpr(x.Index)
		d.close()
	case *ast.SliceExpr:
		if x.Slice3 {
			d.open(x.Pos(), "slice3")
		} else {
			d.open(x.Pos(), "slice")
		}
		d.optExpr(x.X)
		d.optExpr(x.Low)
		d.optExpr(x.High)
		if x.Slice3 {
			d.optExpr(x.Max)
		}
		d.close()
	case *ast.TypeAssertExpr:
		d.open(x.Pos(), "assert")
		d.optExpr(x.X)
		if x.Type != nil {
			d.optExpr(x.Type)
		} else {
			d.b.WriteString(" type")
		}
		d.close()
	case *ast.CallExpr:
		if x.Ellipsis.IsValid() {
			d.open(x.Pos(), "call...")
		} else {
			d.open(x.Pos(), "call")
		}
		d.optExpr(x.Fun)
		for _, a := range x.Args {
			d.b.WriteString(" ")
			d.expr(a)
		}
		d.close()
	case *ast.StarExpr:
		d.open(x.Pos(), "star")
		d.optExpr(x.X)
		d.close()
	case *ast.UnaryExpr:
		d.open(x.Pos(), x.Op.String())
		d.optExpr(x.X)
		d.close()
	case *ast.BinaryExpr:
		d.open(x.OpPos, x.Op.String())
		d.optExpr(x.X)
		d.optExpr(x.Y)
		d.close()
	case *ast.KeyValueExpr:
		d.open(x.Pos(), "kv")
		d.optExpr(x.Key)
		d.optExpr(x.Value)
		d.close()
	case *ast.ArrayType:
		if x.Len != nil {
			d.open(x.Pos(), "array")
			d.optExpr(x.Len)
		} else {
			d.open(x.Pos(), "slicetype")
		}
		d.optExpr(x.Elt)
		d.close()
	case *ast.StructType:
		d.open(x.Pos(), "struct")
		for _, f := range x.Fields.List {
			d.b.WriteString(" ")
			d.field(f, len(f.Names) == 0)
		}
		d.close()
	case *ast.FuncType:
		d.open(x.Pos(), "functype ")
		d.fields("params", x.Params, false)
		d.b.WriteString(" ")
		d.fields("results", x.Results, false)
		d.close()
	case *ast.InterfaceType:
		d.open(x.Pos(), "interface")
		for _, f := range x.Methods.List {
			d.b.WriteString(" ")
			d.field(f, len(f.Names) == 0)
		}
		d.close()
	case *ast.MapType:
		d.open(x.Pos(), "map")
		d.optExpr(x.Key)
		d.optExpr(x.Value)
		d.close()
	case *ast.ChanType:
		switch x.Dir {
		case ast.SEND:
			d.open(x.Pos(), "chan<-")
		case ast.RECV:
			d.open(x.Pos(), "<-chan")
		default:
			d.open(x.Pos(), "chan")
		}
		d.optExpr(x.Value)
		d.close()
	case *ast.Ellipsis:
		d.open(x.Pos(), "...")
		d.optExpr(x.Elt)
		d.close()
	default:
		panic(fmt.Sprintf("unhandled expression %T", x))
	}
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.DeclStmt:
		d.b.WriteString(d.pos(s.Pos()))
		d.decl(s.Decl)
		return
	case *ast.EmptyStmt:
		d.open(s.Pos(), "empty")
	case *ast.LabeledStmt:
		d.open(s.Pos(), "label "+s.Label.Name)
		d.optStmt(s.Stmt)
	case *ast.ExprStmt:
		d.open(s.Pos(), "expr")
		d.optExpr(s.X)
	case *ast.SendStmt:
		d.open(s.Pos(), "send")
		d.optExpr(s.Chan)
		d.optExpr(s.Value)
	case *ast.IncDecStmt:
		d.open(s.Pos(), s.Tok.String())
		d.optExpr(s.X)
	case *ast.AssignStmt:
		d.open(s.Pos(), s.Tok.String()+" ")
		d.exprList(s.Lhs)
		d.b.WriteString(" ")
		d.exprList(s.Rhs)
	case *ast.GoStmt:
		d.open(s.Pos(), "go")
		d.optExpr(s.Call)
	case *ast.DeferStmt:
		d.open(s.Pos(), "defer")
		d.optExpr(s.Call)
	case *ast.ReturnStmt:
		d.open(s.Pos(), "return ")
		d.exprList(s.Results)
	case *ast.BranchStmt:
		d.open(s.Pos(), s.Tok.String())
		if s.Label != nil {
			d.b.WriteString(" " + s.Label.Name)
		}
	case *ast.BlockStmt:
		d.open(s.Pos(), "block")
		d.stmtItems(s.List)
	case *ast.IfStmt:
		d.open(s.Pos(), "if")
		d.optStmt(s.Init)
		d.optExpr(s.Cond)
		d.optStmt(s.Body)
		d.optStmt(s.Else)
	case *ast.SwitchStmt:
		d.open(s.Pos(), "switch")
		d.optStmt(s.Init)
		d.optExpr(s.Tag)
		d.stmtItems(s.Body.List)
	case *ast.TypeSwitchStmt:
		d.open(s.Pos(), "typeswitch")
		d.optStmt(s.Init)
		d.optStmt(s.Assign)
		d.stmtItems(s.Body.List)
	case *ast.CaseClause:
		if s.List == nil {
			d.open(s.Pos(), "default")
		} else {
			d.open(s.Pos(), "case ")
			d.exprList(s.List)
		}
		d.stmtItems(s.Body)
	case *ast.SelectStmt:
		d.open(s.Pos(), "select")
		d.stmtItems(s.Body.List)
	case *ast.CommClause:
		if s.Comm == nil {
			d.open(s.Pos(), "default")
		} else {
			d.open(s.Pos(), "comm")
			d.optStmt(s.Comm)
		}
		d.stmtItems(s.Body)
	case *ast.ForStmt:
		d.open(s.Pos(), "for")
		d.optStmt(s.Init)
		d.optExpr(s.Cond)
		d.optStmt(s.Post)
		d.optStmt(s.Body)
	case *ast.RangeStmt:
		d.open(s.Pos(), "range")
		d.optExpr(s.Key)
		d.optExpr(s.Value)
		if s.Tok == token.ILLEGAL {
			d.b.WriteString(" _")
		} else {
			d.b.WriteString(" " + s.Tok.String())
		}
		d.optExpr(s.X)
		d.optStmt(s.Body)
	default:
		panic(fmt.Sprintf("unhandled statement %T", s))
	}
	d.close()
}

func (d *dumper) decl(decl ast.Decl) {
	switch decl := decl.(type) {
	case *ast.FuncDecl:
		d.open(decl.Pos(), "func")
		d.optExpr(decl.Name)
		d.b.WriteString(" ")
		if decl.Recv != nil {
			d.field(decl.Recv.List[0], false)
		} else {
			d.b.WriteString("_")
		}
		d.optExpr(decl.Type)
		if decl.Body != nil {
			d.optStmt(decl.Body)
		} else {
			d.b.WriteString(" _")
		}
		d.close()
	case *ast.GenDecl:
		d.open(decl.Pos(), decl.Tok.String())
		var lastType ast.Expr
		var lastValues []ast.Expr
		for iota, spec := range decl.Specs {
			d.b.WriteString(" ")
			switch spec := spec.(type) {
			case *ast.ImportSpec:
				path, _ := strconv.Unquote(spec.Path.Value)
				d.open(spec.Pos(), "spec")
				if spec.Name != nil {
					d.optExpr(spec.Name)
				}
				d.b.WriteString(" \"" + escape(path) + "\"")
			case *ast.TypeSpec:
				if spec.Assign.IsValid() {
					d.open(spec.Pos(), "alias")
				} else {
					d.open(spec.Pos(), "spec")
				}
				d.optExpr(spec.Name)
				d.optExpr(spec.Type)
			case *ast.ValueSpec:
				typ, values := spec.Type, spec.Values
				if decl.Tok == token.CONST {
					// the implicit repetition of the previous spec
					if typ == nil && values == nil {
						typ, values = lastType, lastValues
					} else {
						lastType, lastValues = typ, values
					}
				}
				d.open(spec.Pos(), "spec ")
				d.identList(spec.Names)
				d.optExpr(typ)
				d.b.WriteString(" ")
				d.exprList(values)
				if decl.Tok == token.CONST {
					fmt.Fprintf(&d.b, " iota=%d", iota)
				}
			}
			d.close()
		}
		d.close()
	}
}

func main() {
	for _, name := range os.Args[1:] {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		d := &dumper{fset: fset}
		d.open(f.Name.Pos(), "package "+f.Name.Name)
		d.close()
		d.b.WriteString("\n")
		for _, decl := range f.Decls {
			d.decl(decl)
			d.b.WriteString("\n")
		}
		fmt.Print(d.b.String())
	}
}
