/* test-fmt.c — fmt: Println, Print, Printf verbs and widths, Sprintf, durations; expected outputs recorded from the Go 1.19 binary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

static const GorGoCase fmt_cases[] = {
  { "println-operands",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(\"the number of goroutines: \", 2)\n"
    "\tfmt.Println(1, \"a\", true, 2.5, nil, []int{1, 2}, struct{}{}, []string{})\n"
    "\tfmt.Print(\"a\", \"b\", 1, 2, \"c\", 3.5, true, false, \"\\n\")\n"
    "\tvar e error\n"
    "\tfmt.Println(e, []interface{}{1, \"x\", nil})\n"
    "}\n",
    "the number of goroutines:  2\n"
    "1 a true 2.5 <nil> [1 2] {} []\n"
    "ab1 2c3.5 true false\n"
    "<nil> [1 x <nil>]\n",
    "", 0 },
  { "printf-verbs",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tfmt.Printf(\"%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U\\n\", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G')\n"
    "\tfmt.Printf(\"%s|%10s|%-10s|%q|%.2s|%v|%t\\n\", \"go\", \"go\", \"go\", \"a\\\"b\\n\", \"golang\", \"v\", false)\n"
    "\tfmt.Printf(\"%v|%.2f|%8.3f|%e|%g|%v\\n\", 3.5, 3.14159, 2.0, 123456.789, 0.000012, 1e21)\n"
    "\tfmt.Printf(\"%v %v %v %d%%\\n\", []int{1, 2}, [][]string{{\"a\"}, {\"b\", \"c\"}}, map[string]int{\"z\": 1, \"a\": 2}, 50)\n"
    "\tfmt.Printf(\"%+d %+v %T %T %T\\n\", 5, -3, 1, \"s\", []int{})\n"
    "}\n",
    "42|   42|42   |00042|ff|FF|10|101|G|U+0047\n"
    "go|        go|go        |\"a\\\"b\\n\"|go|v|false\n"
    "3.5|3.14|   2.000|1.234568e+05|1.2e-05|1e+21\n"
    "[1 2] [[a] [b c]] map[a:2 z:1] 50%\n"
    "+5 -3 int string []int\n",
    "", 0 },
  { "printf-mistakes",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tfmt.Printf(\"%d %s\\n\", \"str\", 12)\n"
    "\tfmt.Printf(\"%d %d\\n\", 1)\n"
    "\tfmt.Printf(\"%d\\n\", 1, \"extra\")\n"
    "\tfmt.Printf(\"%z\\n\", 3)\n"
    "}\n",
    "%!d(string=str) %!s(int=12)\n"
    "1 %!d(MISSING)\n"
    "1\n"
    "%!(EXTRA string=extra)%!z(int=3)\n",
    "", 0 },
  { "sprintf-and-floats",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\ts := fmt.Sprintf(\"%03d-%s\", 7, \"x\")\n"
    "\tfmt.Println(s, len(s))\n"
    "\tfmt.Println(1000000.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.0/3.0, -0.5, 2.0, 1e100)\n"
    "\tfmt.Println(fmt.Sprint(\"a\", 1, 2, \"b\"), fmt.Sprintln(\"x\", 3))\n"
    "}\n",
    "007-x 5\n"
    "1e+06 123456 1.234567e+06 0.0001 1e-05 0.3333333333333333 -0.5 2 1e+100\n"
    "a1 2b x 3\n"
    "\n",
    "", 0 },
  { "durations",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(time.Second, 1500*time.Millisecond, 2*time.Minute, time.Duration(0), 90*time.Minute)\n"
    "\tfmt.Println(3*time.Microsecond, 500*time.Nanosecond, -2*time.Second, 36*time.Hour+time.Millisecond)\n"
    "\tfmt.Printf(\"%v %d %s\\n\", 5*time.Second, time.Millisecond, time.Hour)\n"
    "}\n",
    "1s 1.5s 2m0s 0s 1h30m0s\n"
    "3\302\265s 500ns -2s 36h0m0.001s\n"
    "5s 1000000 1h0m0s\n",
    "", 0 },
  { "structs-and-pointers",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type pair struct {\n"
    "\tname string\n"
    "\tn    int\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tp := pair{\"a\", 1}\n"
    "\tfmt.Println(p, &p, []pair{{\"b\", 2}})\n"
    "\tfmt.Printf(\"%v %+v\\n\", p, p)\n"
    "\tvar q *pair\n"
    "\tfmt.Println(q)\n"
    "}\n",
    "{a 1} &{a 1} [{b 2}]\n"
    "{a 1} {name:a n:1}\n"
    "<nil>\n",
    "", 0 },
};


int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gor_test_add_cases ("/core/fmt", fmt_cases, G_N_ELEMENTS (fmt_cases));
  return g_test_run ();
}
