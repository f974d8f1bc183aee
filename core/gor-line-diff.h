/* gor-line-diff.h — which lines of two programs differ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A line diff of @a and @b (a longest common subsequence of their lines,
 * trailing white space ignored): fills @only_a and @only_b (guint, 1-based
 * line numbers, ascending) with the lines of each that the other does not
 * have.  FALSE, with both empty, when the texts are too long to compare. */
gboolean gor_line_diff (const char *a, const char *b, GArray *only_a, GArray *only_b);

G_END_DECLS
