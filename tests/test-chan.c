/* test-chan.c — channels: rendezvous, buffers, close, select, nil channels and their panics; expected outputs recorded from the Go 1.19 binary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

static const GorGoCase chan_cases[] = {
  { "unbuffered-rendezvous",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tdone := make(chan bool)\n"
    "\tgo func() {\n"
    "\t\tfor v := range ch {\n"
    "\t\t\tfmt.Println(\"got\", v)\n"
    "\t\t}\n"
    "\t\tdone <- true\n"
    "\t}()\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tch <- i\n"
    "\t}\n"
    "\tclose(ch)\n"
    "\t<-done\n"
    "}\n",
    "got 0\n"
    "got 1\n"
    "got 2\n",
    "", 0 },
  { "buffered-fifo-len-cap",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan string, 3)\n"
    "\tch <- \"a\"\n"
    "\tch <- \"b\"\n"
    "\tfmt.Println(len(ch), cap(ch))\n"
    "\tfmt.Println(<-ch, <-ch, len(ch))\n"
    "}\n",
    "2 3\n"
    "a b 0\n",
    "", 0 },
  { "receive-from-closed",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int, 2)\n"
    "\tch <- 7\n"
    "\tclose(ch)\n"
    "\tv, ok := <-ch\n"
    "\tfmt.Println(v, ok)\n"
    "\tv, ok = <-ch\n"
    "\tfmt.Println(v, ok)\n"
    "\tfmt.Println(<-ch)\n"
    "}\n",
    "7 true\n"
    "0 false\n"
    "0\n",
    "", 0 },
  { "select-default-and-nil",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tvar nilch chan int\n"
    "\tch := make(chan int, 1)\n"
    "\tselect {\n"
    "\tcase v := <-nilch:\n"
    "\t\tfmt.Println(\"nil\", v)\n"
    "\tdefault:\n"
    "\t\tfmt.Println(\"default\")\n"
    "\t}\n"
    "\tch <- 1\n"
    "\tselect {\n"
    "\tcase v := <-nilch:\n"
    "\t\tfmt.Println(\"nil\", v)\n"
    "\tcase v, ok := <-ch:\n"
    "\t\tfmt.Println(\"ch\", v, ok)\n"
    "\t}\n"
    "\tselect {\n"
    "\tcase ch <- 2:\n"
    "\t\tfmt.Println(\"sent\")\n"
    "\tcase nilch <- 3:\n"
    "\t\tfmt.Println(\"nil send\")\n"
    "\t}\n"
    "\tfmt.Println(<-ch)\n"
    "}\n",
    "default\n"
    "ch 1 true\n"
    "sent\n"
    "2\n",
    "", 0 },
  { "send-on-closed",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int, 1)\n"
    "\tclose(ch)\n"
    "\tfmt.Println(\"closing\")\n"
    "\tch <- 1\n"
    "}\n",
    "closing\n",
    "panic: send on closed channel", 2 },
  { "close-of-closed",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tclose(ch)\n"
    "\tfmt.Println(\"once\")\n"
    "\tclose(ch)\n"
    "}\n",
    "once\n",
    "panic: close of closed channel", 2 },
  { "close-of-nil",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tvar ch chan int\n"
    "\tfmt.Println(ch == nil)\n"
    "\tclose(ch)\n"
    "}\n",
    "true\n",
    "panic: close of nil channel", 2 },
  { "directions",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func produce(out chan<- int, n int) {\n"
    "\tfor i := 0; i < n; i++ {\n"
    "\t\tout <- i * 10\n"
    "\t}\n"
    "\tclose(out)\n"
    "}\n"
    "\n"
    "func consume(in <-chan int) int {\n"
    "\ttotal := 0\n"
    "\tfor v := range in {\n"
    "\t\ttotal += v\n"
    "\t}\n"
    "\treturn total\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tgo produce(ch, 4)\n"
    "\tfmt.Println(consume(ch))\n"
    "}\n",
    "60\n",
    "", 0 },
  { "sender-blocked-then-closed",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tgo func() {\n"
    "\t\tdefer fmt.Println(\"sender deferred\")\n"
    "\t\tch <- 1\n"
    "\t}()\n"
    "\tclose(ch)\n"
    "\tselect {}\n"
    "}\n",
    "sender deferred\n",
    "panic: send on closed channel", 2 },
};


int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gor_test_add_cases ("/core/chan", chan_cases, G_N_ELEMENTS (chan_cases));
  return g_test_run ();
}
