/* test-rand.c — math/rand replays with the run's seed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's numbers cannot be recorded (they come from another generator), so
 * what is checked is Gorolanes's own promise: the same seed gives the same
 * numbers, another seed others, and a generator of the program's own
 * depends on its source's seed alone.
 */

#include "config.h"

#include "gor-test-go.h"

static const char source[]
    = "package main\n"
      "\n"
      "import (\n"
      "\t\"fmt\"\n"
      "\t\"math/rand\"\n"
      "\tr2 \"math/rand/v2\"\n"
      ")\n"
      "\n"
      "func main() {\n"
      "\tfmt.Println(rand.Intn(1000000), rand.Int63(), r2.IntN(1000000), rand.Perm(6))\n"
      "\ts := []int{1, 2, 3, 4, 5, 6}\n"
      "\trand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })\n"
      "\tfmt.Println(s, rand.Float64())\n"
      "\tg := rand.New(rand.NewSource(7))\n"
      "\tfmt.Println(g.Intn(1000000), g.Int63(), g.Perm(6))\n"
      "}\n";

static char *
run (guint64 seed)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);

  g_assert_cmpint (gor_test_run (source, seed, FALSE, out, err, NULL), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  return g_strdup (out->str);
}

static void
test_seed_replay (void)
{
  g_autofree char *a = run (1);
  g_autofree char *b = run (1);
  g_autofree char *c = run (2);
  g_auto (GStrv) la = g_strsplit (a, "\n", -1);
  g_auto (GStrv) lc = g_strsplit (c, "\n", -1);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (g_strv_length (la), ==, 4);
  g_assert_cmpstr (la[0], !=, lc[0]);
  /* rand.New(rand.NewSource(7)): the same whatever the run's seed */
  g_assert_cmpstr (la[2], ==, lc[2]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/rand/seed-replay", test_seed_replay);
  return g_test_run ();
}
