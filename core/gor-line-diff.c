/* gor-line-diff.c — which lines of two programs differ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The leak and the fixed variant of a lesson are short programs that
 * differ in a few lines: the textbook dynamic-programming LCS is plenty,
 * with a bound on its table so that two large files cost nothing.
 */

#include "config.h"

#include "gor-line-diff.h"

#include <string.h>

/* Above this many table cells the diff is not computed. */
#define MAX_CELLS (4000 * 4000)

static char **
split_lines (const char *text, guint *n)
{
  char **lines = g_strsplit (text ? text : "", "\n", -1);

  *n = g_strv_length (lines);
  /* a final newline ends the last line; it does not start another */
  if (*n > 0 && lines[*n - 1][0] == '\0')
    (*n)--;
  for (guint i = 0; i < *n; i++)
    g_strchomp (lines[i]);
  return lines;
}

gboolean
gor_line_diff (const char *a, const char *b, GArray *only_a, GArray *only_b)
{
  g_auto (GStrv) la = NULL;
  g_auto (GStrv) lb = NULL;
  g_autofree guint32 *table = NULL;
  guint               na, nb, i, j;

  g_return_val_if_fail (only_a != NULL && only_b != NULL, FALSE);

  g_array_set_size (only_a, 0);
  g_array_set_size (only_b, 0);
  la = split_lines (a, &na);
  lb = split_lines (b, &nb);
  if ((guint64) (na + 1) * (nb + 1) > MAX_CELLS)
    return FALSE;

  /* table[i][j]: the LCS length of la[i..] and lb[j..] */
  table = g_new0 (guint32, (gsize) (na + 1) * (nb + 1));
#define T(x, y) table[(gsize) (x) * (nb + 1) + (y)]
  for (i = na; i-- > 0;)
    for (j = nb; j-- > 0;)
      T (i, j) = strcmp (la[i], lb[j]) == 0 ? T (i + 1, j + 1) + 1 : MAX (T (i + 1, j), T (i, j + 1));

  for (i = 0, j = 0; i < na || j < nb;)
    {
      guint line;

      if (i < na && j < nb && strcmp (la[i], lb[j]) == 0)
        {
          i++;
          j++;
        }
      else if (j >= nb || (i < na && T (i + 1, j) >= T (i, j + 1)))
        {
          line = ++i;
          g_array_append_val (only_a, line);
        }
      else
        {
          line = ++j;
          g_array_append_val (only_b, line);
        }
    }
#undef T
  return TRUE;
}
