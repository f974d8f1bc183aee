/* gor-format.c — words and numbers the window shows about a trace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gor-format.h"
#include "gor-gotext.h"

char *
gor_format_duration (gint64 ns)
{
  GString *s = g_string_new (NULL);

  gor_go_format_duration (s, ns);
  return g_string_free (s, FALSE);
}

char *
gor_format_goroutine (const GorTraceGoroutine *g)
{
  return g_strdup_printf ("g%u %s", g->id, g->name ? g->name : "");
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
  return g_strdup (gor_state_to_string (span->state));
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
