/* gor-diagnostic.c — parse and compile errors that carry their location
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gor-diagnostic.h"
#include "gor-compiler.h"
#include "gor-parser.h"

typedef GorDiagnostic GorParseErrorPrivate;
typedef GorDiagnostic GorCompileErrorPrivate;

static void
diagnostic_init (GorDiagnostic *d)
{
  d->file = NULL;
  d->line = 0;
  d->column = 0;
  d->message = NULL;
}

static void
diagnostic_copy (const GorDiagnostic *src, GorDiagnostic *dest)
{
  dest->file = g_strdup (src->file);
  dest->line = src->line;
  dest->column = src->column;
  dest->message = g_strdup (src->message);
}

static void
diagnostic_clear (GorDiagnostic *d)
{
  g_clear_pointer (&d->file, g_free);
  g_clear_pointer (&d->message, g_free);
}

#define gor_parse_error_private_init diagnostic_init
#define gor_parse_error_private_copy diagnostic_copy
#define gor_parse_error_private_clear diagnostic_clear
#define gor_compile_error_private_init diagnostic_init
#define gor_compile_error_private_copy diagnostic_copy
#define gor_compile_error_private_clear diagnostic_clear

G_DEFINE_EXTENDED_ERROR (GorParseError, gor_parse_error)
G_DEFINE_EXTENDED_ERROR (GorCompileError, gor_compile_error)

const GorDiagnostic *
gor_diagnostic_from_error (const GError *error)
{
  if (error == NULL)
    return NULL;
  if (error->domain == GOR_PARSE_ERROR)
    return gor_parse_error_get_private (error);
  if (error->domain == GOR_COMPILE_ERROR)
    return gor_compile_error_get_private (error);
  return NULL;
}

void
_gor_diagnostic_set_error (GError **error, GQuark domain, int code, const char *file, guint line,
                           guint column, const char *message)
{
  GorDiagnostic *d;
  GError        *e;

  g_return_if_fail (domain == GOR_PARSE_ERROR || domain == GOR_COMPILE_ERROR);

  if (error == NULL)
    return;
  e = g_error_new (domain, code, "%s:%u:%u: %s", file, line, column, message);
  d = (GorDiagnostic *) gor_diagnostic_from_error (e);
  d->file = g_strdup (file);
  d->line = line;
  d->column = column;
  d->message = g_strdup (message);
  g_propagate_error (error, e);
}
