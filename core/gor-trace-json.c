/* gor-trace-json.c — a run as Chrome/Perfetto trace-event JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mapping is described in gor-trace-json.h.  Everything is appended to
 * one buffer that goes to the file every FLUSH_AT bytes: no event tree is
 * ever held in memory, so a run of 100 000 goroutines costs its file size
 * in time and a few dozen kilobytes in memory.
 */

#include "config.h"

#include "gor-trace-json.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#define FLUSH_AT (256 * 1024)

/* Counter series, in the order they appear in a "C" event's args. */
enum
{
  KIND_RUNNING,
  KIND_RUNNABLE,
  KIND_BLOCKED,
  KIND_SLEEPING,
  KIND_FOREVER,
  KIND_STILL, /* still blocked when main returned */
  N_KINDS
};

typedef struct
{
  GString *buf;
  int      fd;
  int      err;     /* first write error, 0 if none */
  gboolean first;   /* no event written yet */
  guint64  flow_id; /* last flow id handed out */
} Out;

typedef struct
{
  GorTrace   *trace;
  const char *label; /* "leak" / "fixed" */
  guint32     pid;
  guint32     tid_base;   /* goroutine gN is tid tid_base + N */
  char       *file_base;  /* the program's file name, for "source" */
  gboolean    has_vtime;  /* the run's clock moved */
  GArray     *parts;      /* Part, every goroutine's in turn */
  guint      *part_start; /* goroutine index → its first part; n + 1 entries */
} Variant;

typedef struct
{
  guint32 step;
  guint8  kind;
  gint8   delta;
} Delta;

/* A slice to write: a span, or the part of one before or after the step a
 * goroutine was found blocked forever. */
typedef struct
{
  guint32 s0, s1; /* steps, half-open */
  guint32 line;
  guint8  kind;
  guint8  reason;
} Part;

static const char *kind_names[N_KINDS] = {
  [KIND_RUNNING] = "running",         [KIND_RUNNABLE] = "runnable",
  [KIND_BLOCKED] = "blocked",         [KIND_SLEEPING] = "sleeping",
  [KIND_FOREVER] = "blocked forever", [KIND_STILL] = "still blocked when main returned",
};

void
gor_trace_json_append_string (GString *out, const char *text, gssize len)
{
  static const char hex[] = "0123456789abcdef";
  const char       *p, *end;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    text = "";
  if (len < 0)
    len = (gssize) strlen (text);
  p = text;
  end = text + len;

  g_string_append_c (out, '"');
  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c >= 0x80)
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);

          if (u == (gunichar) -1 || u == (gunichar) -2)
            {
              /* One replacement character per stray byte, as decoders do. */
              g_string_append (out, "\xef\xbf\xbd");
              p++;
            }
          else
            {
              const char *next = g_utf8_next_char (p);

              g_string_append_len (out, p, next - p);
              p = next;
            }
          continue;
        }

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20)
            {
              g_string_append (out, "\\u00");
              g_string_append_c (out, hex[c >> 4]);
              g_string_append_c (out, hex[c & 0xf]);
            }
          else
            g_string_append_c (out, (char) c);
          break;
        }
      p++;
    }
  g_string_append_c (out, '"');
}

/* printf is the slow part of a large export: numbers are written by hand. */
static void
append_uint (GString *s, guint64 v)
{
  char digits[24];
  int  n = 0;

  do
    {
      digits[n++] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v > 0);
  while (n > 0)
    g_string_append_c (s, digits[--n]);
}

static void
out_flush (Out *o)
{
  const char *data = o->buf->str;
  gsize       left = o->buf->len;

  while (left > 0 && o->err == 0)
    {
      ssize_t n = write (o->fd, data, left);

      if (n < 0)
        {
          if (errno != EINTR)
            o->err = errno;
          continue;
        }
      data += n;
      left -= (gsize) n;
    }
  g_string_truncate (o->buf, 0);
}

/* Starts an event object: `{"ph":"X","pid":1,"tid":2`. */
static void
event_begin (Out *o, char ph, guint32 pid, guint32 tid)
{
  GString *s = o->buf;

  if (s->len >= FLUSH_AT)
    out_flush (o);
  if (!o->first)
    g_string_append_c (s, ',');
  o->first = FALSE;
  g_string_append (s, "\n{\"ph\":\"");
  g_string_append_c (s, ph);
  g_string_append (s, "\",\"pid\":");
  append_uint (s, pid);
  g_string_append (s, ",\"tid\":");
  append_uint (s, tid);
}

static void
append_key_string (GString *s, const char *key, const char *value)
{
  g_string_append_c (s, ',');
  gor_trace_json_append_string (s, key, -1);
  g_string_append_c (s, ':');
  gor_trace_json_append_string (s, value, -1);
}

static void
append_key_uint (GString *s, const char *key, guint64 value)
{
  g_string_append_c (s, ',');
  gor_trace_json_append_string (s, key, -1);
  g_string_append_c (s, ':');
  append_uint (s, value);
}

static void
write_metadata (Out *o, guint32 pid, guint32 tid, const char *name, const char *str_value, guint64 sort_index)
{
  event_begin (o, 'M', pid, tid);
  append_key_string (o->buf, "name", name);
  if (str_value)
    {
      g_string_append (o->buf, ",\"args\":{\"name\":");
      gor_trace_json_append_string (o->buf, str_value, -1);
    }
  else
    {
      g_string_append (o->buf, ",\"args\":{\"sort_index\":");
      append_uint (o->buf, sort_index);
    }
  g_string_append (o->buf, "}}");
}

static int
kind_of_state (guint8 state)
{
  switch (state)
    {
    case GOR_STATE_RUNNING: return KIND_RUNNING;
    case GOR_STATE_BLOCKED: return KIND_BLOCKED;
    case GOR_STATE_SLEEPING: return KIND_SLEEPING;
    case GOR_STATE_RUNNABLE:
    default: return KIND_RUNNABLE;
    }
}

static void
write_slice (Out *o, const Variant *v, const GorTraceGoroutine *g, const Part *p)
{
  guint32     s0 = p->s0, s1 = p->s1;
  int         kind = p->kind;
  guint8      reason = p->reason;
  GString    *s;
  const char *reason_text
      = reason != GOR_REASON_NONE && reason < GOR_N_REASONS ? gor_reason_to_string (reason) : NULL;

  event_begin (o, 'X', v->pid, v->tid_base + g->id);
  s = o->buf;
  g_string_append (s, ",\"ts\":");
  append_uint (s, s0);
  g_string_append (s, ",\"dur\":");
  append_uint (s, s1 - s0);
  g_string_append (s, ",\"cat\":\"goroutine\",\"name\":");
  if (reason_text && (kind == KIND_BLOCKED || kind == KIND_FOREVER || kind == KIND_STILL))
    {
      char name[96];

      g_snprintf (name, sizeof name, "%s: %s", kind_names[kind], reason_text);
      gor_trace_json_append_string (s, name, -1);
    }
  else
    gor_trace_json_append_string (s, kind_names[kind], -1);

  g_string_append (s, ",\"args\":{\"state\":");
  gor_trace_json_append_string (s, kind_names[kind], -1);
  if (reason_text)
    append_key_string (s, "reason", reason_text);
  if (p->line > 0)
    {
      g_string_append (s, ",\"source\":");
      /* FILE:LINE, one string: the escaper sees the name once per slice,
       * the line is appended inside the quotes. */
      gor_trace_json_append_string (s, v->file_base, -1);
      g_string_truncate (s, s->len - 1);
      g_string_append_c (s, ':');
      append_uint (s, p->line);
      g_string_append_c (s, '"');
    }
  append_key_uint (s, "first_step", s0);
  append_key_uint (s, "end_step", s1);
  if (v->has_vtime)
    {
      gint64 ns = gor_trace_vtime_at (v->trace, s0);

      append_key_uint (s, "vtime_ns", (guint64) MAX (ns, 0));
    }
  g_string_append (s, "}}");
}

/* One goroutine's parts: its spans as they will be drawn, overlaps
 * resolved and split at the blocked-forever verdict. */
static void
append_part (GArray *parts, guint first, guint32 s0, guint32 s1, int kind, guint8 reason, guint32 line)
{
  Part p = { s0, s1, line, (guint8) kind, reason };

  /* Spans are meant to be contiguous; should one start before the end of
   * the previous ones, the one recorded later wins, as it does when the
   * timeline paints them in order. */
  while (parts->len > first)
    {
      Part *last = &g_array_index (parts, Part, parts->len - 1);

      if (last->s1 <= s0)
        break;
      if (last->s0 >= s0)
        {
          g_array_set_size (parts, parts->len - 1);
          continue;
        }
      last->s1 = s0;
      break;
    }
  g_array_append_val (parts, p);
}

static void
build_parts (GorTrace *trace, const GorTraceGoroutine *g, GArray *parts)
{
  guint  first = parts->len;
  gint64 since = g->blocked_forever_since;
  guint8 label = KIND_FOREVER;

  for (guint i = 0; i < g->spans->len; i++)
    {
      const GorSpan *sp = &g_array_index (g->spans, GorSpan, i);
      guint32        s0 = sp->first_step;
      guint32        s1 = gor_trace_span_end (trace, sp);

      if (sp->state == GOR_STATE_EXITED || sp->state == GOR_STATE_KILLED || s1 <= s0)
        continue;
      append_part (parts, first, s0, s1, kind_of_state (sp->state), sp->reason, sp->line);
    }

  if (since < 0)
    {
      since = g->still_blocked_since;
      label = KIND_STILL;
    }
  if (since < 0)
    return;

  /* From the verdict's step on, the lane is "blocked forever" (or still
   * blocked when main returned), as the timeline draws it. */
  for (guint i = first; i < parts->len; i++)
    {
      Part *p = &g_array_index (parts, Part, i);

      if (p->s1 <= since)
        continue;
      if (p->s0 < since)
        {
          Part rest = *p;

          p->s1 = (guint32) since;
          rest.s0 = (guint32) since;
          g_array_insert_val (parts, i + 1, rest);
          continue;
        }
      p->kind = label;
      if (g->forever_reason != GOR_REASON_NONE)
        p->reason = g->forever_reason;
    }
}

static void
add_delta (GArray *deltas, guint32 n_steps, const Part *p)
{
  Delta d;

  /* A span still open when the run ended keeps counting to the end. */
  d.kind = p->kind;
  if (p->s0 < n_steps)
    {
      d.step = p->s0;
      d.delta = 1;
      g_array_append_val (deltas, d);
    }
  if (p->s1 < n_steps)
    {
      d.step = p->s1;
      d.delta = -1;
      g_array_append_val (deltas, d);
    }
}

/* One goroutine's slices and end marker; its parts also go to @deltas. */
static void
write_goroutine (Out *o, Variant *v, guint index, GArray *deltas)
{
  GorTrace                *trace = v->trace;
  const GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, index);
  guint                    first = v->parts->len;

  build_parts (trace, g, v->parts);
  v->part_start[index + 1] = v->parts->len;

  for (guint i = first; i < v->parts->len; i++)
    {
      const Part *p = &g_array_index (v->parts, Part, i);

      write_slice (o, v, g, p);
      add_delta (deltas, trace->n_steps, p);
    }

  for (guint i = 0; i < g->spans->len; i++)
    {
      const GorSpan *sp = &g_array_index (g->spans, GorSpan, i);

      if (sp->state != GOR_STATE_EXITED && sp->state != GOR_STATE_KILLED)
        continue;
      event_begin (o, 'i', v->pid, v->tid_base + g->id);
      g_string_append (o->buf, ",\"ts\":");
      append_uint (o->buf, sp->first_step);
      g_string_append (o->buf, ",\"s\":\"t\",\"cat\":\"goroutine\"");
      append_key_string (o->buf, "name", gor_state_to_string (sp->state));
      g_string_append (o->buf, "}");
    }
}

/* Whether goroutine @id has a slice covering @step: a binary search in its
 * parts. */
static gboolean
covers (const Variant *v, guint32 id, guint32 step)
{
  GPtrArray *goroutines = v->trace->goroutines;
  guint      lo = 0, hi = goroutines->len;

  /* Ids are handed out in creation order: the array is sorted by id. */
  while (lo < hi)
    {
      guint                    mid = lo + (hi - lo) / 2;
      const GorTraceGoroutine *g = g_ptr_array_index (goroutines, mid);

      if (g->id == id)
        {
          const Part *parts = (const Part *) (gpointer) v->parts->data;
          guint       a = v->part_start[mid], b = v->part_start[mid + 1];

          while (a < b)
            {
              guint m = a + (b - a) / 2;

              if (parts[m].s1 <= step)
                a = m + 1;
              else
                b = m;
            }
          return a < v->part_start[mid + 1] && parts[a].s0 <= step;
        }
      if (g->id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static void
append_flow_tail (Out *o, guint32 step, guint32 chan_id)
{
  char name[32];

  g_string_append (o->buf, ",\"ts\":");
  append_uint (o->buf, step);
  g_string_append (o->buf, ".5,\"cat\":\"handoff\"");
  g_snprintf (name, sizeof name, "chan c%u", chan_id);
  append_key_string (o->buf, "name", name);
  append_key_uint (o->buf, "id", o->flow_id);
  g_string_append_c (o->buf, '}');
}

static void
write_flows (Out *o, const Variant *v)
{
  GorTrace *trace = v->trace;

  for (guint i = 0; i < trace->handoffs->len; i++)
    {
      const GorHandoff *h = &g_array_index (trace->handoffs, GorHandoff, i);

      /* Only arrows with both ends on a slice: a lone "s" or "f" is an
       * error to the importers. */
      if (!covers (v, h->from_id, h->from_step) || !covers (v, h->to_id, h->to_step))
        continue;

      o->flow_id++;
      event_begin (o, 's', v->pid, v->tid_base + h->from_id);
      append_flow_tail (o, h->from_step, h->chan_id);
      event_begin (o, 'f', v->pid, v->tid_base + h->to_id);
      g_string_append (o->buf, ",\"bp\":\"e\"");
      append_flow_tail (o, h->to_step, h->chan_id);
    }
}

static int
compare_delta (gconstpointer a, gconstpointer b)
{
  const Delta *da = a, *db = b;

  return da->step < db->step ? -1 : da->step > db->step;
}

static void
write_counters (Out *o, const Variant *v, GArray *deltas)
{
  const Delta *d = (const Delta *) (gpointer) deltas->data;
  gint64 now[N_KINDS] = { 0, }, shown[N_KINDS];
  gboolean any_shown = FALSE;
  guint    i = 0;

  g_array_sort (deltas, compare_delta);
  while (i < deltas->len)
    {
      guint32  step = d[i].step;
      gboolean changed = !any_shown;

      for (; i < deltas->len && d[i].step == step; i++)
        now[d[i].kind] += d[i].delta;
      for (int k = 0; k < N_KINDS; k++)
        if (any_shown && now[k] != shown[k])
          changed = TRUE;
      if (!changed)
        continue;

      event_begin (o, 'C', v->pid, v->pid);
      g_string_append (o->buf, ",\"ts\":");
      append_uint (o->buf, step);
      g_string_append (o->buf, ",\"name\":\"goroutines\",\"args\":{");
      for (int k = 0; k < N_KINDS; k++)
        {
          g_assert (now[k] >= 0);
          if (k > 0)
            g_string_append_c (o->buf, ',');
          gor_trace_json_append_string (o->buf, kind_names[k], -1);
          g_string_append_c (o->buf, ':');
          append_uint (o->buf, (guint64) now[k]);
          shown[k] = now[k];
        }
      g_string_append (o->buf, "}}");
      any_shown = TRUE;
    }
}

static void
write_variant (Out *o, Variant *v, const char *title, guint sort_index)
{
  g_autofree char *process_name = NULL;
  g_autoptr (GArray) deltas = g_array_new (FALSE, FALSE, sizeof (Delta));
  GorTrace *trace = v->trace;

  v->file_base = g_path_get_basename (trace->file ? trace->file : "program.go");
  v->has_vtime = gor_trace_vtime_at (trace, trace->n_steps) != gor_trace_vtime_at (trace, 0);

  if (title && *title)
    process_name = g_strdup_printf ("%s — %s — %s", v->label, v->file_base, title);
  else
    process_name = g_strdup_printf ("%s — %s", v->label, v->file_base);
  write_metadata (o, v->pid, v->pid, "process_name", process_name, 0);
  write_metadata (o, v->pid, v->pid, "process_sort_index", NULL, sort_index);

  for (guint i = 0; i < trace->goroutines->len; i++)
    {
      const GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);
      g_autofree char         *name = g_strdup_printf ("g%u %s", g->id, g->name ? g->name : "");
      guint32                  tid = v->tid_base + g->id;

      write_metadata (o, v->pid, tid, "thread_name", name, 0);
      write_metadata (o, v->pid, tid, "thread_sort_index", NULL, g->id);
    }

  v->parts = g_array_new (FALSE, FALSE, sizeof (Part));
  v->part_start = g_new0 (guint, trace->goroutines->len + 1);
  for (guint i = 0; i < trace->goroutines->len; i++)
    write_goroutine (o, v, i, deltas);

  write_flows (o, v);
  write_counters (o, v, deltas);
}

static void
write_header (Out *o, GorTrace *leak, GorTrace *fixed, const char *title)
{
  GString *s = o->buf;
  char     seed[24];

  g_snprintf (seed, sizeof seed, "%" G_GUINT64_FORMAT, leak->seed);
  g_string_append (s, "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":");
  gor_trace_json_append_string (s, "gorolanes " PACKAGE_VERSION, -1);
  append_key_string (s, "time_base",
                     "1 step = 1 µs: ts is the scheduler's step number; "
                     "args.vtime_ns is the virtual clock at a slice's first step");
  append_key_string (s, "leak", leak->file ? leak->file : "");
  if (fixed)
    append_key_string (s, "fixed", fixed->file ? fixed->file : "");
  if (title)
    append_key_string (s, "title", title);
  append_key_string (s, "seed", seed);
  g_string_append (s, "},\"traceEvents\":[");
}

int
gor_trace_json_write_fd (GorTrace *leak, GorTrace *fixed, const char *title, int fd)
{
  Variant variants[2] = { {
                              0,
                          },
                          {
                              0,
                          } };
  guint   n_variants = 0;
  Out     o = { NULL, fd, 0, TRUE, 0 };

  g_return_val_if_fail (leak != NULL, EINVAL);
  g_return_val_if_fail (fd >= 0, EBADF);

  o.buf = g_string_sized_new (FLUSH_AT + 4096);
  variants[n_variants].trace = leak;
  variants[n_variants].label = "leak";
  variants[n_variants].pid = 1;
  variants[n_variants].tid_base = 0;
  n_variants++;
  if (fixed)
    {
      guint32 max_id = 0;

      for (guint i = 0; i < leak->goroutines->len; i++)
        max_id = MAX (max_id, ((GorTraceGoroutine *) g_ptr_array_index (leak->goroutines, i))->id);
      variants[n_variants].trace = fixed;
      variants[n_variants].label = "fixed";
      variants[n_variants].pid = MAX (max_id, 1) + 1;
      variants[n_variants].tid_base = variants[n_variants].pid - 1;
      n_variants++;
    }

  write_header (&o, leak, fixed, title);
  for (guint i = 0; i < n_variants; i++)
    write_variant (&o, &variants[i], title, i + 1);
  g_string_append (o.buf, "\n]}\n");
  out_flush (&o);

  for (guint i = 0; i < n_variants; i++)
    {
      g_free (variants[i].file_base);
      g_clear_pointer (&variants[i].parts, g_array_unref);
      g_free (variants[i].part_start);
    }
  g_string_free (o.buf, TRUE);
  return o.err;
}
