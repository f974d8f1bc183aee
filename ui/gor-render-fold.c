/* gor-render-fold.c — which goroutines share a lane: the folding rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A busy run starts the same goroutine hundreds of times; a lane each
 * would push everything else off the picture.  Goroutines fold into one
 * lane ("×10 main.handle.func1 — 10 blocked forever") when they have:
 *
 *   - the same creation site (function name, file and line of the go
 *     statement), and
 *   - the same history: the same sequence of (state, reason, source line)
 *     once the waits for a turn (runnable) are left out and repeats merged,
 *     and the same final verdict (blocked forever or not, with its reason).
 *
 * When each step happened is not compared: goroutines started in a loop
 * live the same life at different times, and which of them the scheduler
 * picks first is not part of the program.  Waits for a turn are left out
 * for the same reason.  Anything the program itself decides (where a
 * goroutine blocks, on what, how it ends) splits a fold.
 *
 * Groups smaller than GOR_RENDER_FOLD_MIN stay as lanes of their own.  A
 * fold stands where its first goroutine (in creation order) would; an
 * expanded fold shows its goroutines there, one lane each.  A folded lane
 * draws, at each pixel, the most severe state any of its goroutines is in
 * (blocked forever, blocked, sleeping, running, runnable).
 */

#include "config.h"

#include "gor-render.h"
#include "gor-render-private.h"

#include <string.h>
#include <glib/gi18n-lib.h>

typedef struct
{
  GorTrace *trace;
} FoldCtx;

/* The history entries that count: runnable spans are skipped, repeats
 * merged.  Returns the next entry's index at or after @i, or len. */
static guint
next_entry (const GArray *spans, guint i, const GorSpan **prev)
{
  for (; i < spans->len; i++)
    {
      const GorSpan *sp = &g_array_index (spans, GorSpan, i);

      if (sp->state == GOR_STATE_RUNNABLE)
        continue;
      if (*prev && (*prev)->state == sp->state && (*prev)->reason == sp->reason && (*prev)->line == sp->line)
        continue;
      *prev = sp;
      return i;
    }
  return spans->len;
}

/* The verdict as folding sees it: marked blocked forever, with its reason.
 * forever_reason stays when a drawing hides the verdict for a moment
 * (blocked_forever_since unset), so folds, and the lanes, stay put. */
static gboolean
marked_forever (const GorTraceGoroutine *g)
{
  return g->blocked_forever_since >= 0 || g->forever_reason != GOR_REASON_NONE;
}

static guint
history_hash (const GorTraceGoroutine *g)
{
  guint          h = g_str_hash (g->name ? g->name : "");
  const GorSpan *prev = NULL;

  h = h * 31 + g_str_hash (g->created_file ? g->created_file : "");
  h = h * 31 + g->created_line;
  h = h * 31 + (marked_forever (g) ? 1 + g->forever_reason : 0);
  for (guint i = next_entry (g->spans, 0, &prev); i < g->spans->len; i = next_entry (g->spans, i + 1, &prev))
    {
      const GorSpan *sp = &g_array_index (g->spans, GorSpan, i);

      h = h * 31 + ((guint) sp->state << 24 ^ (guint) sp->reason << 16 ^ sp->line);
    }
  return h;
}

static gboolean
history_equal (const GorTraceGoroutine *a, const GorTraceGoroutine *b)
{
  const GorSpan *pa = NULL, *pb = NULL;
  guint          i, j;

  if (g_strcmp0 (a->name, b->name) != 0 || g_strcmp0 (a->created_file, b->created_file) != 0
      || a->created_line != b->created_line)
    return FALSE;
  if (marked_forever (a) != marked_forever (b) || a->forever_reason != b->forever_reason)
    return FALSE;

  i = next_entry (a->spans, 0, &pa);
  j = next_entry (b->spans, 0, &pb);
  while (i < a->spans->len && j < b->spans->len)
    {
      const GorSpan *x = &g_array_index (a->spans, GorSpan, i);
      const GorSpan *y = &g_array_index (b->spans, GorSpan, j);

      if (x->state != y->state || x->reason != y->reason || x->line != y->line)
        return FALSE;
      i = next_entry (a->spans, i + 1, &pa);
      j = next_entry (b->spans, j + 1, &pb);
    }
  return i == a->spans->len && j == b->spans->len;
}

static FoldCtx *current_ctx;

static guint
key_hash (gconstpointer key)
{
  guint index = GPOINTER_TO_UINT (key) - 1;

  return history_hash (g_ptr_array_index (current_ctx->trace->goroutines, index));
}

static gboolean
key_equal (gconstpointer a, gconstpointer b)
{
  GPtrArray *gs = current_ctx->trace->goroutines;

  return history_equal (g_ptr_array_index (gs, GPOINTER_TO_UINT (a) - 1),
                        g_ptr_array_index (gs, GPOINTER_TO_UINT (b) - 1));
}

static void
add_row (GorRenderVariant *v, guint first_member, guint n, gboolean folded, gboolean expanded)
{
  GorRenderRow row = { first_member, n, folded, expanded };

  g_array_append_val (v->rows, row);
}

void
_gor_render_build_rows (GorRender *self, GorRenderVariant *v)
{
  GorTrace         *trace = v->trace;
  guint             n = trace->goroutines->len;
  g_autofree guint *group = g_new (guint, MAX (n, 1)); /* first member of i's group */
  g_autofree guint *next = g_new (guint, MAX (n, 1));  /* next member, G_MAXUINT at the end */
  g_autofree guint *size = g_new0 (guint, MAX (n, 1)); /* per first member */
  g_autofree guint *last = g_new (guint, MAX (n, 1));  /* per first member */
  FoldCtx           ctx = { trace };

  g_array_set_size (v->members, 0);
  g_array_set_size (v->rows, 0);
  g_array_set_size (v->row_of, n);

  for (guint i = 0; i < n; i++)
    {
      group[i] = i;
      next[i] = G_MAXUINT;
    }

  if (self->opt.fold && n > GOR_RENDER_FOLD_MIN)
    {
      GHashTable *firsts;

      /* GHashTable has no user data for its functions; the layout runs on
       * one thread. */
      current_ctx = &ctx;
      firsts = g_hash_table_new (key_hash, key_equal);
      for (guint i = 1; i < n; i++)
        {
          gpointer found;

          if (g_hash_table_lookup_extended (firsts, GUINT_TO_POINTER (i + 1), &found, NULL))
            {
              guint f = GPOINTER_TO_UINT (found) - 1;

              group[i] = f;
              next[last[f]] = i;
              last[f] = i;
              size[f]++;
            }
          else
            {
              g_hash_table_add (firsts, GUINT_TO_POINTER (i + 1));
              last[i] = i;
              size[i] = 1;
            }
        }
      g_hash_table_unref (firsts);
      current_ctx = NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      guint    f = group[i];
      gboolean fold = size[f] >= GOR_RENDER_FOLD_MIN;

      if (!fold)
        {
          add_row (v, v->members->len, 1, FALSE, FALSE);
          g_array_append_val (v->members, i);
          continue;
        }
      if (f != i)
        continue; /* placed with its fold's first */

      if (g_hash_table_contains (
              v->expanded,
              GUINT_TO_POINTER (((GorTraceGoroutine *) g_ptr_array_index (trace->goroutines, i))->id)))
        for (guint m = i; m != G_MAXUINT; m = next[m])
          {
            add_row (v, v->members->len, 1, FALSE, TRUE);
            g_array_append_val (v->members, m);
          }
      else
        {
          add_row (v, v->members->len, size[f], TRUE, FALSE);
          for (guint m = i; m != G_MAXUINT; m = next[m])
            g_array_append_val (v->members, m);
        }
    }

  for (guint r = 0; r < v->rows->len; r++)
    {
      const GorRenderRow *row = _gor_render_row (v, r);

      for (guint k = 0; k < row->n; k++)
        g_array_index (v->row_of, int, _gor_render_member (v, row, k)) = (int) r;
    }
  v->n_rows_shown = v->rows->len;
  v->n_left_out = 0;
  v->n_left_out_forever = 0;
}

char *
_gor_render_row_label (GorRender *self, const GorRenderVariant *v, const GorRenderRow *row, guint *n_started,
                       guint *n_forever)
{
  GorTraceGoroutine *first = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, 0));
  guint              started = 0, forever = 0;

  for (guint k = 0; k < row->n; k++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, k));

      /* Measuring (no counts asked for): the label as it is at the end,
       * whatever the playhead and the verdicts shown. */
      if (n_started == NULL && n_forever == NULL)
        {
          started++;
          forever += marked_forever (g);
          continue;
        }
      if (!_gor_render_has_started (self, g))
        continue;
      started++;
      if (_gor_render_shows_forever (self, g))
        forever++;
    }
  if (n_started)
    *n_started = started;
  if (n_forever)
    *n_forever = forever;
  if (started == 0)
    return NULL;
  if (!row->folded)
    return _gor_render_lane_label (first);
  /* How many of them are blocked forever is written on the lane's red
   * span (and the label is red): the label column stays narrow. */
  /* TRANSLATORS: a folded lane of goroutines with the same history */
  return g_strdup_printf (_ ("×%u %s"), started, first->name ? first->name : "?");
}

gboolean
gor_render_toggle_fold (GorRender *self, int variant, int goroutine_index)
{
  GorRenderVariant   *v;
  const GorRenderRow *row;
  GorTraceGoroutine  *first;
  int                 r;
  gpointer            key;

  g_return_val_if_fail (self != NULL, FALSE);

  if (variant < 0 || variant >= self->n_variants)
    return FALSE;
  _gor_render_ensure_layout (self);
  v = &self->v[variant];
  r = _gor_render_row_of (v, goroutine_index);
  if (r < 0)
    return FALSE;
  row = _gor_render_row (v, (guint) r);
  if (row->folded)
    {
      first = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, 0));
      g_hash_table_add (v->expanded, GUINT_TO_POINTER (first->id));
    }
  else if (row->expanded)
    {
      /* The expanded fold's first lane is the first row of the run of
       * expanded rows this one is in. */
      while (r > 0 && _gor_render_row (v, (guint) r - 1)->expanded)
        {
          GorTraceGoroutine *g = g_ptr_array_index (
              v->trace->goroutines, _gor_render_member (v, _gor_render_row (v, (guint) r), 0));

          key = GUINT_TO_POINTER (g->id);
          if (g_hash_table_contains (v->expanded, key))
            break;
          r--;
        }
      first = g_ptr_array_index (v->trace->goroutines,
                                 _gor_render_member (v, _gor_render_row (v, (guint) r), 0));
      if (!g_hash_table_remove (v->expanded, GUINT_TO_POINTER (first->id)))
        return FALSE;
    }
  else
    return FALSE;

  self->layout_valid = FALSE;
  self->list_valid = FALSE;
  return TRUE;
}

void
gor_render_get_lane_accounting (GorRender *self, int variant, guint *drawn, guint *folded, guint *left_out)
{
  GorRenderVariant *v;
  guint             d = 0, f = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (variant >= 0 && variant < self->n_variants);

  _gor_render_ensure_layout (self);
  v = &self->v[variant];
  for (guint r = 0; r < v->n_rows_shown; r++)
    {
      d++;
      f += _gor_render_row (v, r)->n - 1;
    }
  if (drawn)
    *drawn = d;
  if (folded)
    *folded = f;
  if (left_out)
    *left_out = v->n_left_out;
}
