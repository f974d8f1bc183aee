/* gor-printable.h — text from a file or the command line, safe to print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A message that quotes what a file holds (a scenario.ini line, a key's
 * value) or what a user typed may carry terminal escape sequences, other
 * control characters or bytes that are not UTF-8.  Printed raw they would
 * drive the terminal; these helpers make such text inert and short.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest message a file's content makes, in characters. */
#define GOR_PRINTABLE_MAX_CHARS 400

/* A copy of @text (@length bytes, or -1 for NUL-terminated) where control
 * characters (C0, DEL, C1) and bidirectional overrides are written as
 * \n, \t, \e, \x7F, \u{202E}…, and bytes that are not UTF-8 (or NUL) as
 * \xNN; cut to @max_chars characters (0: no limit) with "…" at the end.
 * Always valid UTF-8. */
char *gor_printable (const char *text, gssize length, gsize max_chars);

G_END_DECLS
