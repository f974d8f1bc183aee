/* gor-format.c — words and numbers the window shows about a trace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gor-format.h"

/* Appends @value / @unit with the fraction's trailing zeros dropped. */
static void
append_fraction (GString *s, guint64 value, guint64 unit)
{
  guint64 whole = value / unit;
  guint64 frac = value % unit;

  g_string_append_printf (s, "%" G_GUINT64_FORMAT, whole);
  if (frac != 0)
    {
      char digits[24];
      int width = 0;
      int len;

      for (guint64 u = unit; u > 1; u /= 10)
        width++;
      g_snprintf (digits, sizeof digits, "%0*" G_GUINT64_FORMAT, width, frac);
      len = (int) strlen (digits);
      while (len > 0 && digits[len - 1] == '0')
        digits[--len] = '\0';
      g_string_append_printf (s, ".%s", digits);
    }
}

char *
gor_format_duration (gint64 ns)
{
  GString *s = g_string_new (NULL);
  guint64 u;

  if (ns < 0)
    {
      g_string_append_c (s, '-');
      u = (guint64) -(ns + 1) + 1;
    }
  else
    u = (guint64) ns;

  if (u == 0)
    g_string_append (s, "0s");
  else if (u < 1000)
    g_string_append_printf (s, "%" G_GUINT64_FORMAT "ns", u);
  else if (u < 1000000)
    {
      append_fraction (s, u, 1000);
      g_string_append (s, "µs");
    }
  else if (u < 1000000000)
    {
      append_fraction (s, u, 1000000);
      g_string_append (s, "ms");
    }
  else
    {
      guint64 hours = u / (3600 * G_GUINT64_CONSTANT (1000000000));
      guint64 minutes = (u / (60 * G_GUINT64_CONSTANT (1000000000))) % 60;
      guint64 rest = u % (60 * G_GUINT64_CONSTANT (1000000000));

      if (hours > 0)
        g_string_append_printf (s, "%" G_GUINT64_FORMAT "h", hours);
      if (hours > 0 || minutes > 0)
        g_string_append_printf (s, "%" G_GUINT64_FORMAT "m", minutes);
      append_fraction (s, rest, 1000000000);
      g_string_append_c (s, 's');
    }

  return g_string_free (s, FALSE);
}

char *
gor_format_goroutine (const GorTraceGoroutine *g)
{
  return g_strdup_printf ("g%u %s", g->id, g->name ? g->name : "");
}

/* The trace's state names are English words, not Go's: shown translated.
 * Go's wait reasons ("chan send") stay as Go prints them. */
static const char *
state_name (GorState state)
{
  switch (state)
    {
    case GOR_STATE_RUNNING:
      return _("running");
    case GOR_STATE_RUNNABLE:
      return _("runnable");
    case GOR_STATE_BLOCKED:
      return _("blocked");
    case GOR_STATE_SLEEPING:
      return _("sleeping");
    case GOR_STATE_EXITED:
      return _("exited");
    case GOR_STATE_KILLED:
      return _("killed");
    case GOR_N_STATES:
    default:
      return gor_state_to_string (state);
    }
}

char *
gor_format_span_state (const GorTraceGoroutine *g,
                       const GorSpan           *span,
                       guint32                  step)
{
  gboolean forever = g->blocked_forever_since >= 0 &&
                     (gint64) step >= g->blocked_forever_since &&
                     (span->state == GOR_STATE_BLOCKED || span->state == GOR_STATE_SLEEPING);

  if (forever)
    return g_strdup_printf (_("blocked forever: %s"), gor_reason_to_string (span->reason));
  if (span->state == GOR_STATE_BLOCKED)
    return g_strdup_printf (_("blocked: %s"), gor_reason_to_string (span->reason));
  return g_strdup (state_name (span->state));
}

char *
gor_format_output_until (GorTrace *trace,
                         guint     playhead)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < trace->output->len; i++)
    {
      const GorOutputChunk *c = &g_array_index (trace->output, GorOutputChunk, i);

      if (c->step >= playhead)
        break;
      if (c->offset + (gsize) c->length <= trace->output_text->len)
        g_string_append_len (s, trace->output_text->str + c->offset, c->length);
    }

  return g_string_free (s, FALSE);
}

char *
gor_format_basename (const char *path)
{
  if (path == NULL)
    return g_strdup ("");
  return g_path_get_basename (path);
}
