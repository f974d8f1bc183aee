/* gor-parser.h — Go source text to a syntax tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gor-ast.h"

G_BEGIN_DECLS

#define GOR_PARSE_ERROR (gor_parse_error_quark ())

typedef enum
{
  GOR_PARSE_ERROR_SYNTAX,      /* "FILE:LINE:COL: syntax error: …" */
  GOR_PARSE_ERROR_UNSUPPORTED, /* "FILE:LINE:COL: unsupported: …" */
} GorParseError;

GQuark gor_parse_error_quark (void);

/* Parses a whole file.  On error returns NULL and sets @error whose message
 * is one line "FILE:LINE:COL: syntax error: …" in Go's own words where Go
 * has them (e.g. "syntax error: unexpected newline, expected comma or )").
 * Never crashes, whatever the bytes (NUL, invalid UTF-8, deep nesting). */
GorAstFile *gor_parse_file (const char *filename, const char *source, gssize length, GError **error);

G_END_DECLS
