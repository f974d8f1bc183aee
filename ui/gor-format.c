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

static guint64
count_lines (const char *p, gsize len)
{
  const char *end = p + len;
  guint64     n = 0;

  while (p < end && (p = memchr (p, '\n', (gsize) (end - p))) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

char *
gor_format_output_tail (GorTrace *trace, guint playhead, gsize max_bytes, guint64 *n_hidden)
{
  const GorOutputChunk *chunks = (const GorOutputChunk *) (gpointer) trace->output->data;
  const char           *text = trace->output_text->str;
  gsize                 text_len = trace->output_text->len;
  guint                 lo = 0, hi = trace->output->len, first;
  gsize                 total = 0, cut = 0;
  GString              *s;

  /* chunks are sorted by step: the first one at or after the playhead */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (chunks[mid].step < playhead)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (first = lo; first > 0 && total <= max_bytes; first--)
    total += chunks[first - 1].length;
  s = g_string_sized_new (MIN (total, max_bytes * 2) + 1);
  for (guint i = first; i < lo; i++)
    if (chunks[i].offset + (gsize) chunks[i].length <= text_len)
      g_string_append_len (s, text + chunks[i].offset, chunks[i].length);

  *n_hidden = 0;
  if (first > 0 || s->len > max_bytes)
    {
      const char *nl;

      cut = s->len > max_bytes ? s->len - max_bytes : 0;
      /* start at a line: the partial one before is left out with the rest */
      nl = cut > 0 && s->str[cut - 1] == '\n' ? s->str + cut - 1 : memchr (s->str + cut, '\n', s->len - cut);
      if (nl != NULL)
        cut = (gsize) (nl - s->str) + 1;
      for (guint i = 0; i < first; i++)
        if (chunks[i].offset + (gsize) chunks[i].length <= text_len)
          *n_hidden += count_lines (text + chunks[i].offset, chunks[i].length);
      *n_hidden += count_lines (s->str, cut);
      g_string_erase (s, 0, (gssize) cut);
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
