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
  int  n = g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, sp[-1].i);

  sp[-1].p = gor_str_new (&vm->heap, buf, (gsize) n);
  return sp;
}

/* ATOI: string → int, error (a *strconv.NumError's text as an error). */
GorValue *
_gor_lib_atoi (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  GorStr     *str = sp[-1].p;
  const char *p = gor_str_data (str);
  char       *end = NULL;
  gint64      v;

  errno = 0;
  v = g_ascii_strtoll (p, &end, 10);
  /* a NUL inside the text ends strtoll's reading, not the text */
  if (gor_str_len (str) == 0 || end != p + gor_str_len (str) || errno != 0 || g_ascii_isspace (p[0]))
    {
      gboolean range = errno == ERANGE;
      g_autoptr (GString) msg = g_string_new ("strconv.Atoi: parsing ");
      GorValue m;

      _gor_fmt_quote (msg, p, gor_str_len (str));
      g_string_append (msg, range ? ": value out of range" : ": invalid syntax");
      m.p = gor_str_new (&vm->heap, msg->str, msg->len);
      sp[-1].i = range ? (v < 0 ? G_MININT64 : G_MAXINT64) : 0;
      sp->p = gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), m);
      return sp + 1;
    }
  sp[-1].i = v;
  sp->p = NULL;
  return sp + 1;
}
