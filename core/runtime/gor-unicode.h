/* gor-unicode.h — Go's unicode predicates, in one place for the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* strconv.IsPrint (and unicode.IsPrint): letters, marks, numbers,
 * punctuation, symbols and the ASCII space. */
gboolean gor_unicode_isprint (gunichar ch);

G_END_DECLS
