/* gor-diagnostic.h — where a program's error is, as fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parse and compile errors (GOR_PARSE_ERROR, GOR_COMPILE_ERROR) carry a
 * GorDiagnostic beside their one-line message "FILE:LINE:COL: MESSAGE", so
 * that the window marks the line from the fields instead of reading them
 * back out of the text.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *file;    /* the name the program was opened under */
  guint line;    /* 1-based */
  guint column;  /* 1-based, in bytes as Go counts; 0 when unknown */
  char *message; /* without the location: "syntax error: unexpected }" */
} GorDiagnostic;

/* The diagnostic a parse or compile error carries; NULL for any other
 * error (a missing file, say). */
const GorDiagnostic *gor_diagnostic_from_error (const GError *error);

/* Sets @error in @domain (GOR_PARSE_ERROR or GOR_COMPILE_ERROR) with the
 * message "FILE:LINE:COL: MESSAGE" and the fields. */
void _gor_diagnostic_set_error (GError **error, GQuark domain, int code, const char *file, guint line,
                                guint column, const char *message);

G_END_DECLS
