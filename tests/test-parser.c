/* test-parser.c — Go source to syntax trees, and Go's own error messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trees are compared with those of Go's own parser: every tests/parser/X.go
 * has X.ast, printed by tests/parser/go-ast-dump.go from go/parser's tree in
 * the form of gor_ast_dump().  Error messages are the first line `go build`
 * of Go 1.23 printed for each program (with the file's path shortened to
 * "main.go", the file name the programs are parsed under here).  Go 1.23
 * type-checks a file whose only errors are not syntax errors (a bad
 * literal, say), so those programs leave no variable unused.
 */

#include "config.h"

#include "gor-ast-dump.h"
#include "gor-ast-print.h"
#include "gor-parser.h"

/* Programs and the trees go/parser gives for them (tests/parser/NAME.ast).
 * Programs bundled elsewhere in the tree are read where they live. */
static const struct
{
  const char *name;
  const char *path; /* relative to tests/ */
} tree_files[] = {
  { "seed-1", "../data/scenarios/01-send-without-receiver/leak.go" },
  { "seed-2", "../data/scenarios/01-send-without-receiver/fixed.go" },
  { "seed-3", "parser/seed-3.go" },
  { "seed-4", "../data/scenarios/03-nil-channel/leak.go" },
  { "seed-5", "../data/scenarios/03-nil-channel/fixed.go" },
  { "seed-6", "../data/scenarios/04-mutex-never-unlocked/leak.go" },
  { "seed-7", "../data/scenarios/05-waitgroup-wrong-count/leak.go" },
  { "bench-mutex", "bench/mutex.go" },
  { "bench-pingpong", "bench/pingpong.go" },
  { "bench-selectloop", "bench/selectloop.go" },
  { "bench-spawn", "bench/spawn.go" },
  { "grammar-decls", "parser/grammar-decls.go" },
  { "grammar-exprs", "parser/grammar-exprs.go" },
  { "grammar-mix", "parser/grammar-mix.go" },
  { "grammar-stmts", "parser/grammar-stmts.go" },
};

static void
test_go_trees (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (tree_files); i++)
    {
      g_autofree char *go_name = g_strconcat (tree_files[i].name, ".go", NULL);
      g_autofree char *ast_name = g_strconcat (tree_files[i].name, ".ast", NULL);
      g_autofree char *go_path = g_test_build_filename (G_TEST_DIST, tree_files[i].path, NULL);
      g_autofree char *ast_path = g_test_build_filename (G_TEST_DIST, "parser", ast_name, NULL);
      g_autofree char *source = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *dump = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (GorAstFile) file = NULL;
      gsize len;

      g_test_message ("%s", go_path);
      g_assert_true (g_file_get_contents (go_path, &source, &len, NULL));
      g_assert_true (g_file_get_contents (ast_path, &expected, NULL, NULL));
      file = gor_parse_file (go_name, source, len, &error);
      g_assert_no_error (error);
      g_assert_nonnull (file);
      dump = gor_ast_dump (file, GOR_AST_DUMP_POSITIONS);
      g_assert_cmpstr (dump, ==, expected);
    }
}

static GorAstFile *
parse_ok (const char *src)
{
  g_autoptr (GError) error = NULL;
  GorAstFile *file = gor_parse_file ("main.go", src, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (file);
  return file;
}

/* Small trees, as tests/parser/go-ast-dump.go prints them without positions */
static const struct
{
  const char *src;
  const char *dump;
} small_trees[] = {
  { "package p; var x = <-chan int(nil)", "(package p)\n(var (spec (x) _ ((<- (call (chan int) nil)))))\n" },
  { "package p; var c chan<- <-chan int", "(package p)\n(var (spec (c) (chan<- (<-chan int)) ()))\n" },
  { "package p; var c <-chan <-chan int", "(package p)\n(var (spec (c) (<-chan (<-chan int)) ()))\n" },
  { "package p; func f() { for range ch {} }",
    "(package p)\n(func f _ (functype (params) (results)) (block (range _ _ _ ch (block))))\n" },
  { "package p; func f() { for i := range 10 {} }",
    "(package p)\n(func f _ (functype (params) (results)) (block (range i _ := 10 (block))))\n" },
  { "package p; func f() { if x == (T{}) {} }", "(package p)\n(func f _ (functype (params) (results)) (block "
                                                "(if _ (== x (paren (complit T))) (block) _)))\n" },
  { "package p; func f() { if x {} }; var _ = T{}",
    "(package p)\n(func f _ (functype (params) (results)) (block (if _ x (block) _)))\n(var (spec (_) _ "
    "((complit T))))\n" },
  { "package p; const ( a = iota * 2; b; c )",
    "(package p)\n(const (spec (a) _ ((* iota 2)) iota=0) (spec (b) _ ((* iota 2)) iota=1) (spec (c) _ ((* "
    "iota 2)) iota=2))\n" },
  { "package p; func f(a, b int, c ...string) (x, y int) { return }",
    "(package p)\n(func f _ (functype (params (field (a b) int) (field (c) (... string))) (results (field (x "
    "y) int))) (block (return ())))\n" },
};

static void
test_small_trees (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (small_trees); i++)
    {
      g_autoptr (GorAstFile) file = NULL;
      g_autofree char *dump = NULL;

      g_test_message ("%s", small_trees[i].src);
      file = parse_ok (small_trees[i].src);
      dump = gor_ast_dump (file, GOR_AST_DUMP_DEFAULT);
      g_assert_cmpstr (dump, ==, small_trees[i].dump);
    }
}

/* Decoded string values reach the tree, NUL bytes included */
static void
test_string_values (void)
{
  g_autoptr (GorAstFile) file
      = parse_ok ("package p\nimport \"a\\x2fb\"\nvar s = \"x\\x00y\\u00e9\"\nvar r = '\\u4e16'\n");
  GorAstDecl *decl;
  GorAstSpec *spec;
  GorAstExpr *lit;

  g_assert_cmpuint (file->imports->len, ==, 1);
  spec = file->imports->pdata[0];
  g_assert_cmpstr (spec->path, ==, "a/b");

  decl = file->decls->pdata[1];
  spec = decl->specs->pdata[0];
  lit = spec->values->pdata[0];
  g_assert_cmpint (lit->kind, ==, GOR_EXPR_BASIC_LIT);
  g_assert_cmpint (lit->lit_kind, ==, GOR_TOKEN_STRING);
  g_assert_cmpstr (lit->lit, ==, "\"x\\x00y\\u00e9\"");
  g_assert_cmpuint (lit->value_len, ==, 5);
  g_assert_cmpmem (lit->value, lit->value_len, "x\0y\xc3\xa9", 5);

  decl = file->decls->pdata[2];
  spec = decl->specs->pdata[0];
  lit = spec->values->pdata[0];
  g_assert_cmpint (lit->lit_kind, ==, GOR_TOKEN_CHAR);
  g_assert_cmpstr (lit->value, ==, "\xe4\xb8\x96");
}

/* The shapes the compiler relies on */
static void
test_shapes (void)
{
  g_autoptr (GorAstFile) file = parse_ok ("package main\n"
                                          "func main() {\n"
                                          "\tswitch v := x.(type) {\n"
                                          "\tcase int:\n"
                                          "\t}\n"
                                          "\tselect {\n"
                                          "\tcase v, ok := <-ch:\n"
                                          "\tdefault:\n"
                                          "\t}\n"
                                          "}\n");
  GorAstDecl *main_decl = file->decls->pdata[0];
  GorAstStmt *body = main_decl->body, *ts, *sel, *comm;
  GorAstExpr *guard;

  g_assert_cmpstr (file->package_name->name, ==, "main");
  g_assert_cmpint (main_decl->kind, ==, GOR_DECL_FUNC);
  g_assert_null (main_decl->recv);
  g_assert_cmpuint (body->end.line, ==, 10);
  g_assert_cmpuint (body->end.col, ==, 1);

  ts = body->list->pdata[0];
  g_assert_cmpint (ts->kind, ==, GOR_STMT_TYPE_SWITCH);
  g_assert_cmpint (ts->assign->kind, ==, GOR_STMT_ASSIGN);
  g_assert_cmpint (ts->assign->tok, ==, GOR_TOKEN_DEFINE);
  guard = ts->assign->rhs->pdata[0];
  g_assert_cmpint (guard->kind, ==, GOR_EXPR_TYPE_ASSERT);
  g_assert_null (guard->y);
  g_assert_cmpuint (ts->list->len, ==, 1);

  sel = body->list->pdata[1];
  g_assert_cmpint (sel->kind, ==, GOR_STMT_SELECT);
  g_assert_cmpuint (sel->list->len, ==, 2);
  comm = sel->list->pdata[0];
  g_assert_cmpint (comm->kind, ==, GOR_STMT_COMM_CLAUSE);
  g_assert_cmpint (comm->comm->kind, ==, GOR_STMT_ASSIGN);
  g_assert_cmpuint (comm->comm->lhs->len, ==, 2);
  g_assert_true (((GorAstStmt *) sel->list->pdata[1])->is_default);
  g_assert_null (((GorAstStmt *) sel->list->pdata[1])->comm);
}

/* Expressions as Go 1.23 prints them in its messages (each one the left
 * side of "invalid operation: X + str (mismatched types …)") */
static void
test_print_expr (void)
{
  static const char *const exprs[] = {
    "func() {…} + str",
    "func() {} + str",
    "[]int{} + str",
    "[]int{…} + str",
    "[3]int{…} + str",
    "[...]int{…} + str",
    "make(chan (<-chan int)) + str",
    "struct{a, b int; c string `json:\"c\"`}{} + str",
    "s[1:2] + str",
    "i.(int) + str",
    "map[string]int{} + str",
    "T{…} + str",
    "(func(x int, y int) (r int))(nil) + str",
    "interface{M(); String() string}(nil) + str",
  };
  g_autoptr (GorAstFile) file = parse_ok ("package main\n\ntype T struct{ a int }\n\nfunc main() {\n"
                                          "\t_ = func() { println() } + str\n"
                                          "\t_ = func() {} + str\n"
                                          "\t_ = []int{} + str\n"
                                          "\t_ = []int{1, 2} + str\n"
                                          "\t_ = [3]int{1} + str\n"
                                          "\t_ = [...]int{1} + str\n"
                                          "\t_ = make(chan (<-chan int)) + str\n"
                                          "\t_ = struct{ a, b int; c string `json:\"c\"` }{} + str\n"
                                          "\t_ = s[1:2] + str\n"
                                          "\t_ = i.(int) + str\n"
                                          "\t_ = map[string]int{} + str\n"
                                          "\t_ = T{a: 1} + str\n"
                                          "\t_ = (func(x (int), y int) (r int))(nil) + str\n"
                                          "\t_ = interface{ M(); String() string }(nil) + str\n"
                                          "}\n");
  GorAstDecl *fn = file->decls->pdata[1];
  GPtrArray  *body = fn->body->list;
  guint       i;

  g_assert_cmpuint (body->len, ==, G_N_ELEMENTS (exprs));
  for (i = 0; i < body->len; i++)
    {
      GorAstStmt      *s = body->pdata[i];
      g_autofree char *text = gor_ast_expr_to_string (s->rhs->pdata[0]);

      g_assert_cmpstr (text, ==, exprs[i]);
    }
}

/* First line of `go build` (Go 1.23) for each malformed program */
static const struct
{
  const char *src;
  const char *error;
} error_cases[] = {
  { "package main\n\nfunc main() {\n\tf(1,\n\t2\n}",
    "main.go:5:3: syntax error: unexpected newline in argument list; possibly missing comma or )" },
  { "package main\n\nfunc main() {\n\tx := 1 y\n}",
    "main.go:4:9: syntax error: unexpected name y at end of statement" },
  { "package main\n\nfunc main() {\n\tif x = 1 {\n\t}\n}",
    "main.go:4:7: syntax error: cannot use assignment x = 1 as value" },
  { "package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}",
    "main.go:4:7: syntax error: cannot use x := 1 as value" },
  { "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i := i + 1 {\n\t}\n}",
    "main.go:4:24: syntax error: cannot declare in post statement of for loop" },
  { "package main\n\nfunc main() {\n\tvar wg int\n\tdefer wg.Done\n}",
    "main.go:5:8: expression in defer must be function call" },
  { "package main\n\nfunc main() {\n\tgo (f())\n}",
    "main.go:4:5: expression in go must not be parenthesized" },
  { "package main\n\nfunc main() {\n\tx := []int{1}\n\t_ = x[1:2:]\n}",
    "main.go:5:12: final index required in 3-index slice" },
  { "package main\n\nfunc main() {\n\tx := []int{1}\n\t_ = x[1::3]\n}",
    "main.go:5:10: middle index required in 3-index slice" },
  { "package main\n\nfunc main() {\n\tx := 1 +\n}",
    "main.go:5:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tx := (1 + 2\n}",
    "main.go:4:13: syntax error: unexpected newline, expected )" },
  { "package main\n\nfunc main()\n{\n}",
    "main.go:4:1: syntax error: unexpected semicolon or newline before {" },
  { "package main\n\nx := 1", "main.go:3:1: syntax error: non-declaration statement outside function body" },
  { "package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}",
    "main.go:5:9: syntax error: else must be followed by if or statement block" },
  { "package main\n\nfunc main() {\n\tif {\n\t}\n}",
    "main.go:4:5: syntax error: missing condition in if statement" },
  { "package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}",
    "main.go:4:11: syntax error: missing condition in if statement" },
  { "package main\n\nfunc main() {\n\tif x := 1\n\t{\n\t}\n}",
    "main.go:4:11: syntax error: unexpected newline, expected { after if clause" },
  { "package main\n\nfunc main() {\n\tswitch x := 1 {\n\t}\n}",
    "main.go:4:11: syntax error: cannot use x := 1 as value" },
  { "package main\n\nfunc main() {\n\tswitch {\n\tfoo:\n\t}\n}",
    "main.go:5:2: syntax error: unexpected name foo, expected case or default or }" },
  { "package main\n\nfunc main() {\n\tselect {\n\tcase 1 > 2:\n\t}\n}",
    "main.go:5:9: select case must be send or receive (possibly with assignment)" },
  { "package main\n\nfunc main() {\n\tvar x int = \n}",
    "main.go:5:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tvar x := 1\n}",
    "main.go:4:8: syntax error: unexpected :=, expected =" },
  { "package main\n\nfunc f(a, b int, string) {}\n\nfunc main() {}",
    "main.go:3:18: syntax error: mixed named and unnamed parameters" },
  { "package main\n\nfunc f(a int b int) {}\n\nfunc main() {}",
    "main.go:3:14: syntax error: unexpected name b in parameter list; possibly missing comma or )" },
  { "package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}",
    "main.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or "
    "}" },
  { "package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n}",
    "main.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
  { "package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch <- 1 2\n}",
    "main.go:5:12: syntax error: unexpected literal 2 at end of statement" },
  { "package main\n\nfunc main() {\nL:\n}", "main.go:4:1: label L defined and not used" },
  { "package main\n\nfunc main() {\n\t{\nL:\n\t}\n}", "main.go:5:1: label L defined and not used" },
  { "package main\n\nfunc main() {\n\tgoto\n}", "main.go:5:1: syntax error: unexpected }, expected name" },
  { "package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n\nfunc main() {}",
    "main.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or "
    "}" },
  { "package main\n\ntype T interface {\n\tM() int,\n}\n\nfunc main() {}",
    "main.go:4:9: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or "
    "}" },
  { "package main\n\nfunc main() {\n\tx := func() {\n\t}\n\tx(\n}",
    "main.go:7:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tfor i := range {\n\t}\n}",
    "main.go:4:17: syntax error: unexpected {, expected expression" },
  { "package main\n\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}",
    "main.go:4:21: syntax error: unexpected {, expected semicolon or newline" },
  { "package main\n\nfunc main() {\n\tvar c <-chan<- int\n}",
    "main.go:4:17: syntax error: unexpected name int, expected chan" },
  { "package main\n\nfunc main() {\n\t_ = 0x\n}", "main.go:4:8: hexadecimal literal has no digits" },
  { "package main\n\nfunc main() {\n\t_ = 0b102\n}", "main.go:4:10: invalid digit '2' in binary literal" },
  { "package main\n\nfunc main() {\n\t_ = 09\n}", "main.go:4:7: invalid digit '9' in octal literal" },
  { "package main\n\nfunc main() {\n\t_ = 1__0\n}", "main.go:4:8: '_' must separate successive digits" },
  { "package main\n\nfunc main() {\n\t_ = 1e\n}", "main.go:4:8: exponent has no digits" },
  { "package main\n\nfunc main() {\n\t_ = 0x1.0\n}",
    "main.go:4:11: hexadecimal mantissa requires a 'p' exponent" },
  { "package main\n\nfunc main() {\n\t_ = 0o1.0\n}", "main.go:4:9: invalid radix point in octal literal" },
  { "package main\n\nfunc main() {\n\t_ = \"abc\n}", "main.go:4:10: newline in string" },
  { "package main\n\nfunc main() {\n\t_ = `abc\n}", "main.go:4:6: string not terminated" },
  { "package main\n\nfunc main() {\n\t_ = 'ab'\n}", "main.go:4:6: more than one character in rune literal" },
  { "package main\n\nfunc main() {\n\t_ = ''\n}", "main.go:4:7: empty rune literal or unescaped '" },
  { "package main\n\nfunc main() {\n\t_ = \"\\q\"\n}", "main.go:4:8: unknown escape" },
  { "package main\n\nfunc main() {\n\t_ = \"\\xZZ\"\n}",
    "main.go:4:9: invalid character 'Z' in hexadecimal escape" },
  { "package main\n\nfunc main() {\n\t_ = \"\\400\"\n}", "main.go:4:11: octal escape value 256 > 255" },
  { "package main\n\nfunc main() {\n\t_ = \"\\uD800\"\n}",
    "main.go:4:13: escape is invalid Unicode code point U+D800" },
  { "package main\n\nfunc main() {\n\t_ = '\\U00110000'\n}",
    "main.go:4:17: escape is invalid Unicode code point U+110000" },
  { "package main\n\nfunc main() {\n\tx := 1 @ 2\n}", "main.go:4:9: invalid character U+0040 '@'" },
  { "package main\n\nfunc main() {\n\t/* unterminated\n}", "main.go:4:2: comment not terminated" },
  { "package main\n\nfunc main() {\n\tx := 1 # 2\n}", "main.go:4:9: invalid character U+0023 '#'" },
  { "package main\n\nfunc main() {\n\treturn 1 2\n}",
    "main.go:4:11: syntax error: unexpected literal 2 at end of statement" },
  { "package main\n\nfunc main() {\n\tdefer\n}",
    "main.go:5:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tf(x...,)\n\tg(x..., y)\n}",
    "main.go:5:10: syntax error: unexpected name y, expected )" },
  { "package main\n\nfunc main() {\n\ta[] = 1\n}",
    "main.go:4:4: syntax error: unexpected ], expected operand" },
  { "package main\n\nfunc main() {\n\ta.1 = 2\n}",
    "main.go:4:3: syntax error: unexpected literal .1 at end of statement" },
  { "package main\n\nfunc main() {\n\tx := struct{}{\n}",
    "main.go:5:2: syntax error: unexpected EOF, expected }" },
  { "package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}",
    "main.go:4:14: syntax error: unexpected { at end of statement" },
  { "package main\n\nfunc main() {\n\tfor x := range T{} {\n\t}\n}",
    "main.go:4:21: syntax error: unexpected { at end of statement" },
  { "package main\n\nfunc () M() {}\n\nfunc main() {}", "main.go:3:9: method has no receiver" },
  { "package main\n\nfunc main() {\n\tvar x [3,]int\n}",
    "main.go:4:10: syntax error: unexpected comma; expected ]" },
  { "package main\n\nfunc main() {\n\tx := []int{1,2,3}[]\n}",
    "main.go:4:20: syntax error: unexpected ], expected operand" },
  { "package main\n\nfunc main() {\n\tcase 1:\n}", "main.go:4:2: syntax error: unexpected case, expected }" },
  { "package main\n\nfunc main() {\n\tvar f func(int) chan\n}",
    "main.go:5:1: syntax error: missing channel element type" },
  { "package main\n\nfunc main() {\n\tvar f func(...) int\n}",
    "main.go:4:16: syntax error: ... is missing type" },
  { "package main\n\nfunc main() {\n\tx++ ++\n}",
    "main.go:4:6: syntax error: unexpected ++ at end of statement" },
  { "package main\n\nfunc main() {\n\tx += \n}",
    "main.go:5:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tx, y += 1, 2\n}",
    "main.go:4:7: syntax error: unexpected +=, expected := or = or comma" },
  { "package main\n\nfunc main() {\n\tx, y\n}",
    "main.go:4:6: syntax error: unexpected newline, expected := or = or comma" },
  { "package main\n\nfunc main() {\n\tx.(type)\n}",
    "main.go:4:2: invalid syntax tree: use of .(type) outside type switch" },
  { "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\"\n}",
    "main.go:6:18: syntax error: unexpected newline in argument list; possibly missing comma or )" },
  { "package main\n\nfunc main() {\n\tfor {\n\t}\n\t}\n}\n",
    "main.go:7:1: syntax error: non-declaration statement outside function body" },
  { "package main\nfunc main() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n}",
    "main.go:3:7: goto L jumps over declaration of x at main.go:4:4" },
  { "package main\nfunc main() {\n\tgoto L\n\t{\n\tL:\n\t}\n}",
    "main.go:3:7: goto L jumps into block starting at main.go:4:2" },
  { "package main\nfunc main() {\nL:\n\tfor {\n\t}\nL:\n\tfor {\n\t\tbreak L\n\t}\n}",
    "main.go:6:1: label L already defined at main.go:3:1" },
  { "package main\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}",
    "main.go:6:3: cannot fallthrough final case in switch" },
  { "package main\nfunc main() {\n\tbreak\n}", "main.go:3:2: break is not in a loop, switch, or select" },
  { "package main\nfunc main() {\n\tfor {\n\t\tfunc() {\n\t\t\tcontinue\n\t\t}()\n\t}\n}",
    "main.go:5:4: continue is not in a loop" },
  { "package main\nfunc main() {\nL:\n\tif true {\n\t\tbreak L\n\t}\n}",
    "main.go:5:9: invalid break label L" },
  { "package main\nfunc main() {\nL:\n\tswitch {\n\tdefault:\n\t\tcontinue L\n\t}\n}",
    "main.go:6:12: invalid continue label L" },
  { "package main\nfunc main() {\n\tfor {\n\t\tbreak M\n\t}\n}", "main.go:4:9: break label not defined: M" },
  { "package main\nfunc main() {\n\tgoto M\n}", "main.go:3:7: label M not defined" },
  { "package main\nfunc main() {\n\tvar i interface{}\n\tswitch i.(type) {\n\tcase "
    "int:\n\t\tfallthrough\n\tcase string:\n\t}\n}",
    "main.go:6:3: cannot fallthrough in type switch" },
  { "package main\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t\tx++\n\tcase "
    "2:\n\t}\n}",
    "main.go:6:3: fallthrough statement out of place" },
  { "package main\nfunc main() {\n\tfallthrough\n}", "main.go:3:2: fallthrough statement out of place" },
  { "package main\nfunc main() {\n\tgoto L\n\tvar y int\nL:\n\t_ = y\n}",
    "main.go:3:7: goto L jumps over declaration of y at main.go:4:6" },
  { "package main\nfunc main() {\n\tfor {\n\tL:\n\t}\n\tgoto L\n}\n",
    "main.go:6:7: goto L jumps into block starting at main.go:3:6" },
  { "func main() {}", "main.go:1:1: expected 'package', found 'func'" },
  { "package main\nimport fmt\nfunc main() {}", "main.go:2:11: missing import path" },
  { "package main\nimport (\"fmt\" \"os\")\nfunc main() {}", "main.go:2:15: expected ';', found \"os\"" },
  { "package\nfunc main() {}", "main.go:2:1: expected 'IDENT', found 'func'" },
  { "package main func main() {}",
    "main.go:1:14: syntax error: unexpected func, expected semicolon or newline" },
  { "package main\nimport (\n\t\"fmt\"", "main.go:3:7: expected ')', found 'EOF'" },
  { "package main\nimport (\n\t\"fmt\";\n\tx\n)", "main.go:4:3: missing import path" },
  { "package main\nimport \"fmt\" ;; func main() {}",
    "main.go:2:15: syntax error: non-declaration statement outside function body" },
  { "package main\nimport \"\"\nfunc main() {}", "main.go:2:8: invalid import path: " },
  { "package main\nimport \"fmt\"\nfunc main() { fmt.Println() } x",
    "main.go:3:31: syntax error: unexpected name x after top level declaration" },
  { "package 3", "main.go:1:9: expected 'IDENT', found 3" },
  { "package main; import \"fmt\", \"os\"",
    "main.go:1:27: syntax error: unexpected comma after top level declaration" },
  { "// comment only", "main.go:1:16: expected 'package', found 'EOF'" },
  { "package main\nimport (\n\t\"fmt\"\n) func main() {}\n",
    "main.go:4:3: syntax error: unexpected func after top level declaration" },
  { "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync..\n\tcounter := 0\n\t_ = counter\n}",
    "main.go:7:2: syntax error: unexpected ., expected name" },
  { "package main\n\nfunc main() {\n\t(x) := 0\n}", "main.go:4:2: non-name (x) on left side of :=" },
  { "package main\n\nimport \"runtime\"\n\nfunc main() {\n\truntime.UintType := 1\n}",
    "main.go:6:2: non-name runtime.UintType on left side of :=" },
  { "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase v, ok := 1:\n\t\t_, _ = v, "
    "ok\n\t}\n\t_ = ch\n}",
    "main.go:6:7: select case must be send or receive (possibly with assignment)" },
  { "package main\n\nfunc main() {\n\tx := [...]int{1, 2, 3\n}",
    "main.go:4:23: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
  { "package main\n\nfunc main() {\n\tvar f func(\n}",
    "main.go:5:1: syntax error: unexpected }, expected )" },
  { "package main\n\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n\t_ = m\n}",
    "main.go:6:9: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
  { "package main\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tfor i := range s\n\t{\n\t}\n}",
    "main.go:5:18: syntax error: unexpected newline, expected { after for clause" },
  { "package main\n\nfunc main() {\n\tgo func() {\n\t\tprintln(\"x\")\n\t}\n}",
    "main.go:4:5: expression in go must be function call" },
  { "package main\n\nfunc main() {\n\tdefer recover\n}",
    "main.go:4:8: expression in defer must be function call" },
  { "package main\n\ntype T struct {\n\tx int\n}\n\nfunc (t T) String() string {\n\treturn \"T\"\n\nfunc "
    "main() {}",
    "main.go:10:6: syntax error: unexpected name main, expected (" },
  { "package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t\tprintln(\"one\")\n\t} else "
    "{\n\t\tprintln(\"other\")\n\t}\n\telse {\n\t}\n}",
    "main.go:10:2: syntax error: unexpected else, expected }" },
  { "package main\n\nfunc main() {\n\tvar x int = 1,\n}",
    "main.go:5:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc f() (int, string) {\n\treturn 1, \"a\",\n}\n\nfunc main() {}",
    "main.go:5:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <-\n}",
    "main.go:6:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tx := struct{ a int }{a: 1,}\n\t_ = x\n\ty := []int{1,,2}\n}",
    "main.go:6:15: syntax error: unexpected comma, expected expression" },
  { "package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++; {\n\t}\n}",
    "main.go:4:24: syntax error: unexpected semicolon, expected { after for clause" },
  { "package main\n\nfunc main() {\n\tswitch x := 1; x {\n\tcase 1\n\t\tprintln()\n\t}\n}",
    "main.go:5:8: syntax error: unexpected newline, expected :" },
  { "package main\n\nfunc main() {\n\tvar a [3]int\n\ta[1:2] = 1\n\t_ = a[\n}",
    "main.go:7:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nconst (\n\tA = iota\n\tB,\n)\n\nfunc main() {}",
    "main.go:6:1: syntax error: unexpected ), expected name" },
  { "package main\n\ntype I interface {\n\tM(\n}\n\nfunc main() {}",
    "main.go:5:1: syntax error: unexpected }, expected )" },
  { "package main\n\nfunc main() {\n\t_ = 'a\n}", "main.go:4:8: newline in rune literal" },
  { "package main\n\nfunc main() {\n\tx := \"a\" + `b\n\tc`\n\ty := 1 +\n}",
    "main.go:7:1: syntax error: unexpected }, expected expression" },
  { "package main\n\nfunc main() {\n\tgo func() {\n\t\tprintln()",
    "main.go:5:12: syntax error: unexpected EOF, expected }" },
  { "package main\n\nfunc main() {\n\tgo func() {\n\t\t)\n\t}()\n}",
    "main.go:5:3: syntax error: unexpected ), expected }" },
  { "package main\n\nfunc main() {\n\tdefer func() {\n\t\t).Sleep(1)\n\t}()\n}",
    "main.go:5:3: syntax error: unexpected ), expected }" },
  { "package main\n\nfunc main() {\n\tdefer func() {\n\t\tprintln()\n\t}\n\tx := 1\n}\n",
    "main.go:4:8: expression in defer must be function call" },
};

static void
test_errors (void)
{
  guint i;

  g_assert_cmpuint (G_N_ELEMENTS (error_cases), >=, 30);
  for (i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GorAstFile) file = NULL;

      g_test_message ("source:\n%s", error_cases[i].src);
      file = gor_parse_file ("main.go", error_cases[i].src, -1, &error);
      g_assert_null (file);
      g_assert_error (error, GOR_PARSE_ERROR, GOR_PARSE_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, error_cases[i].error);
    }
}

/* Type parameters, type arguments and constraints reach the tree */
static const struct
{
  const char *src;
  const char *dump;
} generic_trees[] = {
  { "package main; type T[P any] struct{}",
    "(package main)\n(type (spec T (tparams (field (P) any)) (struct)))\n" },
  { "package main; func F[T any, U comparable](x T) {}",
    "(package main)\n(func F _ (functype (tparams (field (T) any) (field (U) comparable)) (params (field (x) "
    "T)) "
    "(results)) (block))\n" },
  { "package main; type L[T, U any] []T",
    "(package main)\n(type (spec L (tparams (field (T U) any)) (slicetype T)))\n" },
  { "package main; var x = F[int, string](1)",
    "(package main)\n(var (spec (x) _ ((call (index F int string) 1))))\n" },
  { "package main; type N interface{ ~int | float64; String() string }",
    "(package main)\n(type (spec N (interface (embed (| (~ int) float64)) (field (String) (functype (params) "
    "(results (field () string)))))))\n" },
  { "package main; var x List[int]", "(package main)\n(var (spec (x) (index List int) ()))\n" },
  { "package main; func (s *Stack[T]) Push(v T) {}", "(package main)\n(func Push (field (s) (star (index "
                                                     "Stack T))) (functype (params (field (v) T)) (results)) "
                                                     "(block))\n" },
  { "package main; type A [N]int; type P[K comparable, V any] struct { Pair[K, V]; m map[K]V }",
    "(package main)\n(type (spec A (array N int)))\n(type (spec P (tparams (field (K) comparable) (field (V) "
    "any)) (struct (embed (index Pair K V)) (field (m) (map K V)))))\n" },
};

static void
test_generic_trees (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (generic_trees); i++)
    {
      g_autoptr (GorAstFile) file = NULL;
      g_autofree char *dump = NULL;

      g_test_message ("%s", generic_trees[i].src);
      file = parse_ok (generic_trees[i].src);
      dump = gor_ast_dump (file, GOR_AST_DUMP_DEFAULT);
      g_assert_cmpstr (dump, ==, generic_trees[i].dump);
    }
}

static void
expect_nesting_error (GString *src)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorAstFile) file = gor_parse_file ("deep.go", src->str, src->len, &error);

  g_assert_null (file);
  g_assert_error (error, GOR_PARSE_ERROR, GOR_PARSE_ERROR_UNSUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, "deep.go:"));
  g_assert_nonnull (strstr (error->message, ": unsupported: nesting deeper than 1000 levels"));
}

/* Deep nesting is refused with a message, not a stack overflow */
static void
test_deep_nesting (void)
{
  g_autoptr (GString) src = g_string_new ("package p\nvar x = ");
  guint i;

  for (i = 0; i < 100000; i++)
    g_string_append_c (src, '(');
  expect_nesting_error (src);

  g_string_assign (src, "package p\nfunc f() {\n");
  for (i = 0; i < 100000; i++)
    g_string_append_c (src, '{');
  expect_nesting_error (src);

  g_string_assign (src, "package p\nvar x ");
  for (i = 0; i < 100000; i++)
    g_string_append (src, "[]");
  expect_nesting_error (src);

  g_string_assign (src, "package p\nvar x = ");
  for (i = 0; i < 100000; i++)
    g_string_append (src, "- ");
  expect_nesting_error (src);

  g_string_assign (src, "package p\nfunc f() {\n");
  for (i = 0; i < 100000; i++)
    g_string_append (src, "if x {} else ");
  expect_nesting_error (src);

  g_string_assign (src, "package p\nvar x = ");
  for (i = 0; i < 100000; i++)
    g_string_append (src, "func() { _ = ");
  expect_nesting_error (src);

  /* chains nest to the left: a+a+…, a.b.c…, f()()… */
  g_string_assign (src, "package p\nvar x = a");
  for (i = 0; i < 100000; i++)
    g_string_append (src, "+a");
  expect_nesting_error (src);

  g_string_assign (src, "package p\nvar x = a");
  for (i = 0; i < 100000; i++)
    g_string_append (src, ".b");
  expect_nesting_error (src);

  g_string_assign (src, "package p\nvar x = f");
  for (i = 0; i < 100000; i++)
    g_string_append (src, "()");
  expect_nesting_error (src);

  /* shallower nesting is fine */
  g_string_assign (src, "package p\nvar x = ");
  for (i = 0; i < 200; i++)
    g_string_append_c (src, '(');
  g_string_append_c (src, '1');
  for (i = 0; i < 200; i++)
    g_string_append_c (src, ')');
  g_string_append_c (src, '\n');
  {
    g_autoptr (GorAstFile) file = parse_ok (src->str);
  }
}

/* Whatever the bytes, an error with a position or a tree: never a crash */
static void
test_garbage (void)
{
  static const char *pieces[] = {
    "package", " main", "\n",     "func",         " f",   "(",  ")",      "{",    "}",   "[",
    "]",       "x",     ":=",     "<-",           "chan", "go", "select", "case", ":",   "\"",
    "'",       "`",     "/*",     "*/",           "//",   "0x", "1e",     ".",    "...", ",",
    ";",       "\x00",  "\xff",   "\xef\xbb\xbf", "\\",   "é",  "if",     "else", "for", "range",
    "switch",  "type",  "struct", "interface",    "map",  "*",  "&",      "=",    "L",   "goto",
  };
  GRand *rand = g_rand_new_with_seed (20261127);
  guint  round;

  for (round = 0; round < 3000; round++)
    {
      g_autoptr (GString) src = g_string_new (round % 2 ? "package main\n" : NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (GorAstFile) file = NULL;
      guint n = g_rand_int_range (rand, 0, 60), i;

      for (i = 0; i < n; i++)
        g_string_append (src, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      file = gor_parse_file ("fuzz.go", src->str, src->len, &error);
      if (file == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, "fuzz.go:"));
          g_assert_null (strchr (error->message, '\n'));
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
      else
        g_assert_no_error (error);
    }
  g_rand_free (rand);
}

static void
test_token_names (void)
{
  guint k;

  for (k = 0; k < GOR_N_TOKENS; k++)
    {
      const char *s = gor_token_kind_to_string (k);

      g_assert_nonnull (s);
      g_assert_cmpuint (strlen (s), >, 0);
    }
  g_assert_cmpstr (gor_token_kind_to_string (GOR_TOKEN_ADD), ==, "+");
  g_assert_cmpstr (gor_token_kind_to_string (GOR_TOKEN_FUNC), ==, "func");
  g_assert_cmpstr (gor_token_kind_to_string (GOR_TOKEN_IDENT), ==, "identifier");
  g_assert_cmpstr (gor_token_kind_to_string (GOR_TOKEN_ARROW), ==, "<-");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/parser/go-trees", test_go_trees);
  g_test_add_func ("/core/parser/small-trees", test_small_trees);
  g_test_add_func ("/core/parser/string-values", test_string_values);
  g_test_add_func ("/core/parser/shapes", test_shapes);
  g_test_add_func ("/core/parser/print-expr", test_print_expr);
  g_test_add_func ("/core/parser/errors", test_errors);
  g_test_add_func ("/core/parser/generics", test_generic_trees);
  g_test_add_func ("/core/parser/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/parser/garbage", test_garbage);
  g_test_add_func ("/core/parser/token-names", test_token_names);

  return g_test_run ();
}
