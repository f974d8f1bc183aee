/* test-vm.c — the bytecode VM: arithmetic, closures, defer, slices, control
 * flow, panics; expected outputs recorded from the Go 1.19 binary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

static const GorGoCase vm_cases[] = {
  { "int-wrapping",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tx := 9223372036854775807\n"
    "\tx++\n"
    "\tfmt.Println(x, -x, x*2)\n"
    "\tvar y int = 3037000500\n"
    "\tfmt.Println(y*y, -7/2, -7%2, 7>>1, -7>>1, x<<1)\n"
    "\tvar b byte = 250\n"
    "\tb += 10\n"
    "\tfmt.Println(b)\n"
    "}\n",
    "-9223372036854775808 -9223372036854775808 0\n"
    "-9223372036709301616 -3 -1 3 -4 0\n"
    "4\n",
    "", 0 },
  { "closures-capture-by-reference",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func counter() (func() int, func()) {\n"
    "\tn := 0\n"
    "\treturn func() int { n++; return n }, func() { n = 100 }\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tnext, reset := counter()\n"
    "\tfmt.Println(next(), next())\n"
    "\treset()\n"
    "\tfmt.Println(next())\n"
    "\tx := 1\n"
    "\tadd := func(d int) { x += d }\n"
    "\tadd(5)\n"
    "\tadd(10)\n"
    "\tfmt.Println(x)\n"
    "}\n",
    "1 2\n"
    "101\n"
    "16\n",
    "", 0 },
  { "defer-lifo-and-results",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func f() (r int) {\n"
    "\tdefer func() { r *= 2 }()\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tdefer fmt.Println(\"deferred\", i)\n"
    "\t}\n"
    "\treturn 21\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(f())\n"
    "}\n",
    "deferred 2\n"
    "deferred 1\n"
    "deferred 0\n"
    "42\n",
    "", 0 },
  { "variadic-and-multiple-results",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func sum(base int, xs ...int) (int, int) {\n"
    "\tt := base\n"
    "\tfor _, x := range xs {\n"
    "\t\tt += x\n"
    "\t}\n"
    "\treturn t, len(xs)\n"
    "}\n"
    "\n"
    "func swap(a, b string) (string, string) { return b, a }\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(sum(1))\n"
    "\tfmt.Println(sum(1, 2, 3))\n"
    "\ts := []int{4, 5}\n"
    "\tfmt.Println(sum(0, s...))\n"
    "\ta, b := swap(\"x\", \"y\")\n"
    "\tfmt.Println(a, b)\n"
    "\ta, b = b, a\n"
    "\tfmt.Println(a, b)\n"
    "}\n",
    "1 0\n"
    "6 2\n"
    "9 2\n"
    "y x\n"
    "x y\n",
    "", 0 },
  { "slices-append-and-bounds",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tvar s []int\n"
    "\tfmt.Println(s == nil, len(s), cap(s), s)\n"
    "\tfor i := 0; i < 5; i++ {\n"
    "\t\ts = append(s, i*i)\n"
    "\t}\n"
    "\tt := s[1:3]\n"
    "\tt[0] = 100\n"
    "\tfmt.Println(s, t, len(t), cap(t))\n"
    "\tu := make([]string, 2, 10)\n"
    "\tu[1] = \"b\"\n"
    "\tfmt.Printf(\"%q %d\\n\", u, cap(u))\n"
    "\tfmt.Println(s[7])\n"
    "}\n",
    "true 0 0 []\n"
    "[0 100 4 9 16] [100 4] 2 7\n"
    "[\"\" \"b\"] 10\n",
    "panic: runtime error: index out of range [7] with length 5", 2 },
  { "switch-and-labels",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func kind(n int) string {\n"
    "\tswitch {\n"
    "\tcase n < 0:\n"
    "\t\treturn \"negative\"\n"
    "\tcase n == 0:\n"
    "\t\treturn \"zero\"\n"
    "\t}\n"
    "\tswitch n % 3 {\n"
    "\tcase 0:\n"
    "\t\treturn \"three\"\n"
    "\tcase 1, 2:\n"
    "\t\tif n > 10 {\n"
    "\t\t\tbreak\n"
    "\t\t}\n"
    "\t\treturn \"small\"\n"
    "\t}\n"
    "\treturn \"other\"\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfor _, n := range []int{-1, 0, 3, 4, 11} {\n"
    "\t\tfmt.Println(n, kind(n))\n"
    "\t}\n"
    "outer:\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tfor j := 0; j < 3; j++ {\n"
    "\t\t\tif j == 2 {\n"
    "\t\t\t\tcontinue outer\n"
    "\t\t\t}\n"
    "\t\t\tif i == 2 {\n"
    "\t\t\t\tbreak outer\n"
    "\t\t\t}\n"
    "\t\t\tfmt.Println(i, j)\n"
    "\t\t}\n"
    "\t}\n"
    "\tswitch x := 2; x {\n"
    "\tcase 2:\n"
    "\t\tfmt.Println(\"two\")\n"
    "\t\tfallthrough\n"
    "\tcase 3:\n"
    "\t\tfmt.Println(\"three\")\n"
    "\tdefault:\n"
    "\t\tfmt.Println(\"default\")\n"
    "\t}\n"
    "}\n",
    "-1 negative\n"
    "0 zero\n"
    "3 three\n"
    "4 small\n"
    "11 other\n"
    "0 0\n"
    "0 1\n"
    "1 0\n"
    "1 1\n"
    "two\n"
    "three\n",
    "", 0 },
  { "strings-and-runes",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\ts := \"h\303\251llo, \344\270\226\347\225\214\"\n"
    "\tfor i, r := range s {\n"
    "\t\tfmt.Print(i, \":\", string(r), \" \")\n"
    "\t}\n"
    "\tfmt.Println()\n"
    "\tfmt.Println(len(s), s[1], s[:2] == \"h\\xc3\", s+\"!\")\n"
    "\tb := []byte(\"abc\")\n"
    "\tb[0] = 'X'\n"
    "\tfmt.Println(string(b), []rune(\"h\303\251\303\251\")[1])\n"
    "}\n",
    "0:h 1:\303\251 3:l 4:l 5:o 6:, 7:  8:\344\270\226 11:\347\225\214 \n"
    "14 195 true h\303\251llo, \344\270\226\347\225\214!\n"
    "Xbc 233\n",
    "", 0 },
  { "structs-and-pointers",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type point struct {\n"
    "\tx, y int\n"
    "}\n"
    "\n"
    "func (p point) sum() int { return p.x + p.y }\n"
    "func (p *point) move(d int) { p.x += d; p.y += d }\n"
    "\n"
    "func main() {\n"
    "\tp := point{1, 2}\n"
    "\tq := p\n"
    "\tq.x = 10\n"
    "\tp.move(5)\n"
    "\tfmt.Println(p, q, p.sum(), q.sum())\n"
    "\tr := &point{y: 7}\n"
    "\tr.move(1)\n"
    "\tfmt.Println(*r, r.x)\n"
    "\tvar e struct{}\n"
    "\tfmt.Println(e, struct{}{})\n"
    "}\n",
    "{6 7} {10 2} 13 12\n"
    "{1 8} 1\n"
    "{} {}\n",
    "", 0 },
  { "integer-divide-by-zero",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func div(a, b int) int { return a / b }\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(div(7, 2))\n"
    "\tfmt.Println(div(1, 0))\n"
    "}\n",
    "3\n",
    "panic: runtime error: integer divide by zero", 2 },
  { "panic-with-defers",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tdefer fmt.Println(\"deferred runs\")\n"
    "\tpanic(\"boom\")\n"
    "}\n",
    "deferred runs\n",
    "panic: boom", 2 },
  { "recover",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func safe(f func()) (err error) {\n"
    "\tdefer func() {\n"
    "\t\tif r := recover(); r != nil {\n"
    "\t\t\terr = fmt.Errorf(\"recovered: %v\", r)\n"
    "\t\t}\n"
    "\t}()\n"
    "\tf()\n"
    "\treturn nil\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(safe(func() {}))\n"
    "\tfmt.Println(safe(func() { panic(\"bad\") }))\n"
    "\tfmt.Println(safe(func() { var s []int; _ = s[3] }))\n"
    "}\n",
    "<nil>\n"
    "recovered: bad\n"
    "recovered: runtime error: index out of range [3] with length 0\n",
    "", 0 },
};


/* Go 1.22 semantics, which Go 1.19 lacks: worked out by hand. */
static const GorGoCase by_hand_cases[] = {
  { "loop-variable-per-iteration",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
    "\tvar fs []func() int\n"
    "\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n"
    "\tfor _, v := range []int{10, 20} {\n\t\tfs = append(fs, func() int { return v })\n\t}\n"
    "\tfor _, f := range fs {\n\t\tfmt.Print(f(), \" \")\n\t}\n"
    "\tfmt.Println()\n}\n",
    "0 1 2 10 20 \n", "", 0 },
  { "range-over-int",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
    "\tn := 0\n\tfor i := range 5 {\n\t\tn += i\n\t}\n"
    "\tfor range 3 {\n\t\tn++\n\t}\n"
    "\tfmt.Println(n)\n}\n",
    "13\n", "", 0 },
};

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gor_test_add_cases ("/core/vm", vm_cases, G_N_ELEMENTS (vm_cases));
  gor_test_add_cases ("/core/vm", by_hand_cases, G_N_ELEMENTS (by_hand_cases));
  return g_test_run ();
}
