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

/* Appends time.Duration(@ns).String(): "1h2m3.5s", "1.5ms", "0s". */
void     gor_go_format_duration (GString *out, gint64 ns);

G_END_DECLS
