/* test-fmt.c — fmt: Println, Print, Printf verbs and widths, Sprintf,
 * durations: the programs of tests/programs/fmt, with what the Go 1.23
 * binary printed for them (tests/go-oracle.py records and checks it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) programs = g_ptr_array_new_with_free_func (gor_test_program_free);

  g_test_init (&argc, &argv, NULL);
  gor_test_add_programs ("/core/fmt", "fmt", programs);
  return g_test_run ();
}
