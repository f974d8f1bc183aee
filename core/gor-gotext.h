/* gor-gotext.h — text written the way Go writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One home for what the lexer, the VM's fmt and the window each need to
 * write exactly as Go does.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* strconv.IsPrint (and unicode.IsPrint): letters, marks, numbers,
 * punctuation, symbols and the ASCII space. */
gboolean gor_go_isprint (gunichar ch);

/* Appends @ch escaped as strconv writes it inside a quoted string or rune
 * with quote character @quote (\n, \x7f, \u00e9 …), without the quotes;
 * @ascii escapes every non-ASCII rune (QuoteToASCII).  A rune that is not
 * valid Unicode is written as U+FFFD. */
void gor_go_append_escaped_rune (GString *out, gunichar ch, gunichar quote, gboolean ascii);

/* Appends time.Duration(@ns).String(): "1h2m3.5s", "1.5ms", "0s". */
void gor_go_format_duration (GString *out, gint64 ns);

G_END_DECLS
