/* gor-format.c — words and numbers the window shows about a trace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

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

/* The trace's state names are English words, not Go's: shown translated.
 * Go's wait reasons ("chan send") stay as Go prints them. */
static const char *
state_name (GorState state)
{
  switch (state)
    {
    case GOR_STATE_RUNNING: return _ ("running");
    case GOR_STATE_RUNNABLE: return _ ("runnable");
    case GOR_STATE_BLOCKED: return _ ("blocked");
    case GOR_STATE_SLEEPING: return _ ("sleeping");
    case GOR_STATE_EXITED: return _ ("exited");
    case GOR_STATE_KILLED: return _ ("killed");
    case GOR_N_STATES:
    default: return gor_state_to_string (state);
    }
}

char *
gor_format_span_state (const GorTraceGoroutine *g, const GorSpan *span, guint32 step)
{
  gboolean forever = g->blocked_forever_since >= 0 && (gint64) step >= g->blocked_forever_since
                     && (span->state == GOR_STATE_BLOCKED || span->state == GOR_STATE_SLEEPING);

  if (forever)
    return g_strdup_printf (_ ("blocked forever: %s"), gor_reason_to_string (span->reason));
  if (span->state == GOR_STATE_BLOCKED)
    return g_strdup_printf (_ ("blocked: %s"), gor_reason_to_string (span->reason));
  return g_strdup (state_name (span->state));
}

char *
gor_format_output_until (GorTrace *trace, guint playhead)
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
