/* gor-lib-strconv.c — strconv.Itoa and strconv.Atoi
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include "gor-vm-private.h"

/* ITOA: int → string, in place. */
GorValue *
_gor_lib_itoa (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  char buf[32];
  int n = g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, sp[-1].i);

  sp[-1].p = gor_str_new (&vm->heap, buf, (gsize) n);
  return sp;
}

/* ATOI: string → int, error (a *strconv.NumError's text as an error). */
GorValue *
_gor_lib_atoi (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  GorStr *str = sp[-1].p;
  const char *p = gor_str_data (str);
  char *end = NULL;
  gint64 v;

  errno = 0;
  v = g_ascii_strtoll (p, &end, 10);
  if (gor_str_len (str) == 0 || *end != '\0' || errno != 0 || g_ascii_isspace (p[0]))
    {
      gboolean range = errno == ERANGE;
      g_autofree char *msg = g_strdup_printf ("strconv.Atoi: parsing \"%s\": %s", p,
                                              range ? "value out of range" : "invalid syntax");
      GorValue m;

      m.p = gor_str_new (&vm->heap, msg, strlen (msg));
      sp[-1].i = range ? (v < 0 ? G_MININT64 : G_MAXINT64) : 0;
      sp->p = gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), m);
      return sp + 1;
    }
  sp[-1].i = v;
  sp->p = NULL;
  return sp + 1;
}
