/* test-perfetto.c — the trace-event JSON export, parsed back and checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export is read with json-glib and held to the Trace Event Format's
 * rules as ui.perfetto.dev applies them: the fields each phase needs,
 * pids and tids from 1, one track per goroutine with its name and order,
 * slices on a track that never overlap, flows whose start has an end,
 * counters that are never negative, the leak and its fix as two
 * processes.  The string escaper that every string goes through is
 * checked byte by byte.
 */

#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "gor-runner.h"
#include "gor-scenario.h"
#include "gor-export.h"
#include "gor-trace-json.h"

/* What a check of one file found, for the tests' own assertions. */
typedef struct
{
  GHashTable *process_names; /* pid → name */
  GHashTable *thread_names;  /* tid → name */
  GHashTable *thread_pids;   /* tid → pid */
  GHashTable *slices;        /* tid → GArray of double pairs (ts, dur) */
  GHashTable *forever_tids;  /* tids with a "blocked forever" slice */
  GHashTable *counter_pids;  /* pids with a counter */
  guint       n_flows;
  guint       n_slices;
} Check;

static void
check_init (Check *c)
{
  c->process_names = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  c->thread_names = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  c->thread_pids = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->slices = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref);
  c->forever_tids = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->counter_pids = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->n_flows = 0;
  c->n_slices = 0;
}

static void
check_clear (Check *c)
{
  g_hash_table_unref (c->process_names);
  g_hash_table_unref (c->thread_names);
  g_hash_table_unref (c->thread_pids);
  g_hash_table_unref (c->slices);
  g_hash_table_unref (c->forever_tids);
  g_hash_table_unref (c->counter_pids);
}

static const char *
member_string (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  g_assert_nonnull (n);
  g_assert_cmpint (json_node_get_value_type (n), ==, G_TYPE_STRING);
  return json_node_get_string (n);
}

static double
member_number (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  GType     t;

  g_assert_nonnull (n);
  g_assert_true (JSON_NODE_HOLDS_VALUE (n));
  t = json_node_get_value_type (n);
  g_assert_true (t == G_TYPE_INT64 || t == G_TYPE_DOUBLE);
  return json_node_get_double (n);
}

static gint64
member_int (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  g_assert_nonnull (n);
  g_assert_true (JSON_NODE_HOLDS_VALUE (n));
  g_assert_cmpint (json_node_get_value_type (n), ==, G_TYPE_INT64);
  return json_node_get_int (n);
}

/* The slice of @tid that covers @ts, or FALSE. */
static gboolean
slice_covers (Check *c, gint64 tid, double ts)
{
  GArray *a = g_hash_table_lookup (c->slices, GINT_TO_POINTER (tid));

  for (guint i = 0; a && i < a->len; i += 2)
    {
      double t0 = g_array_index (a, double, i), d = g_array_index (a, double, i + 1);

      if (t0 <= ts && ts < t0 + d)
        return TRUE;
    }
  return FALSE;
}

static int
compare_pairs (gconstpointer a, gconstpointer b)
{
  const double *x = a, *y = b;

  return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Parses @path and checks every rule; fills @c. */
static void
check_file (const char *path, Check *c)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) flow_starts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) flow_ends = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GHashTable) sort_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GPtrArray) flows = g_ptr_array_new ();
  GHashTableIter it;
  gpointer       key, value;
  JsonObject    *root, *other;
  JsonArray     *events;
  const char    *unit;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));

  unit = member_string (root, "displayTimeUnit");
  g_assert_true (g_str_equal (unit, "ms") || g_str_equal (unit, "ns"));
  other = json_object_get_object_member (root, "otherData");
  g_assert_nonnull (other);
  g_assert_nonnull (strstr (member_string (other, "time_base"), "1 step = 1 µs"));
  events = json_object_get_array_member (root, "traceEvents");
  g_assert_nonnull (events);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonNode   *node = json_array_get_element (events, i);
      JsonObject *e;
      const char *ph, *name;
      gint64      pid, tid;
      gpointer    known_pid;

      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      e = json_node_get_object (node);
      ph = member_string (e, "ph");
      g_assert_cmpuint (strlen (ph), ==, 1);
      name = member_string (e, "name");
      pid = member_int (e, "pid");
      tid = member_int (e, "tid");
      g_assert_cmpint (pid, >=, 1);
      g_assert_cmpint (tid, >=, 1);
      /* A tid belongs to one process in the whole file. */
      if (g_hash_table_lookup_extended (c->thread_pids, GINT_TO_POINTER (tid), NULL, &known_pid))
        g_assert_cmpint (GPOINTER_TO_INT (known_pid), ==, pid);
      else
        g_hash_table_insert (c->thread_pids, GINT_TO_POINTER (tid), GINT_TO_POINTER (pid));

      switch (ph[0])
        {
        case 'M':
          {
            JsonObject *args = json_object_get_object_member (e, "args");

            g_assert_nonnull (args);
            if (g_str_equal (name, "process_name"))
              {
                g_assert_false (g_hash_table_contains (c->process_names, GINT_TO_POINTER (pid)));
                g_hash_table_insert (c->process_names, GINT_TO_POINTER (pid),
                                     g_strdup (member_string (args, "name")));
              }
            else if (g_str_equal (name, "thread_name"))
              {
                g_assert_false (g_hash_table_contains (c->thread_names, GINT_TO_POINTER (tid)));
                g_hash_table_insert (c->thread_names, GINT_TO_POINTER (tid),
                                     g_strdup (member_string (args, "name")));
              }
            else if (g_str_equal (name, "thread_sort_index"))
              g_hash_table_insert (sort_index, GINT_TO_POINTER (tid),
                                   GINT_TO_POINTER (member_int (args, "sort_index")));
            else if (g_str_equal (name, "process_sort_index"))
              g_assert_cmpint (member_int (args, "sort_index"), >=, 1);
            else
              g_assert_not_reached ();
            break;
          }
        case 'X':
          {
            JsonObject *args = json_object_get_object_member (e, "args");
            double      ts = member_number (e, "ts"), dur = member_number (e, "dur");
            GArray     *a = g_hash_table_lookup (c->slices, GINT_TO_POINTER (tid));
            const char *state;

            member_string (e, "cat");
            g_assert_cmpfloat (ts, >=, 0);
            g_assert_cmpfloat (dur, >, 0);
            g_assert_nonnull (args);
            state = member_string (args, "state");
            /* The name is the state, with the reason for blocking. */
            g_assert_true (g_str_has_prefix (name, state));
            if ((g_str_equal (state, "blocked") || g_str_equal (state, "blocked forever"))
                && json_object_has_member (args, "reason"))
              {
                g_autofree char *want = g_strdup_printf ("%s: %s", state, member_string (args, "reason"));

                g_assert_cmpstr (name, ==, want);
              }
            else
              g_assert_cmpstr (name, ==, state);
            g_assert_cmpfloat (member_int (args, "first_step"), ==, ts);
            g_assert_cmpfloat (member_int (args, "end_step"), ==, ts + dur);
            if (json_object_has_member (args, "source"))
              g_assert_true (
                  g_regex_match_simple ("^[^:]+\\.go:[1-9][0-9]*$", member_string (args, "source"), 0, 0));
            if (g_str_equal (state, "blocked forever"))
              g_hash_table_add (c->forever_tids, GINT_TO_POINTER (tid));
            if (a == NULL)
              {
                a = g_array_new (FALSE, FALSE, sizeof (double));
                g_hash_table_insert (c->slices, GINT_TO_POINTER (tid), a);
              }
            g_array_append_val (a, ts);
            g_array_append_val (a, dur);
            c->n_slices++;
            break;
          }
        case 'i':
          {
            const char *scope = member_string (e, "s");

            g_assert_true (g_str_equal (scope, "t") || g_str_equal (scope, "p") || g_str_equal (scope, "g"));
            g_assert_cmpfloat (member_number (e, "ts"), >=, 0);
            g_assert_true (g_str_equal (name, "exited") || g_str_equal (name, "killed"));
            break;
          }
        case 'C':
          {
            JsonObject        *args = json_object_get_object_member (e, "args");
            static const char *series[]
                = { "running",  "runnable",        "blocked",
                    "sleeping", "blocked forever", "still blocked when main returned" };

            g_assert_cmpfloat (member_number (e, "ts"), >=, 0);
            g_assert_nonnull (args);
            g_assert_cmpuint (json_object_get_size (args), ==, G_N_ELEMENTS (series));
            for (guint k = 0; k < G_N_ELEMENTS (series); k++)
              g_assert_cmpint (member_int (args, series[k]), >=, 0);
            /* One goroutine runs at a time. */
            g_assert_cmpint (member_int (args, "running"), <=, 1);
            g_hash_table_add (c->counter_pids, GINT_TO_POINTER (pid));
            break;
          }
        case 's':
        case 'f':
          {
            gint64      id = member_int (e, "id");
            GHashTable *table = ph[0] == 's' ? flow_starts : flow_ends;
            gint64     *k = g_new (gint64, 1);

            g_assert_cmpstr (member_string (e, "cat"), ==, "handoff");
            g_assert_cmpfloat (member_number (e, "ts"), >=, 0);
            if (ph[0] == 'f')
              g_assert_cmpstr (member_string (e, "bp"), ==, "e");
            *k = id;
            g_assert_false (g_hash_table_contains (table, k));
            /* Flow ends are matched by id, category and name. */
            g_hash_table_insert (table, k,
                                 g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%.17g", name,
                                                  pid, tid, member_number (e, "ts")));
            if (ph[0] == 's')
              c->n_flows++;
            break;
          }
        default: g_error ("unexpected phase %s", ph);
        }
    }

  /* Slices on one track never overlap (so they nest trivially). */
  g_hash_table_iter_init (&it, c->slices);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      GArray       *a = value;
      const double *p;

      g_assert_true (g_hash_table_contains (c->thread_names, key));
      qsort (a->data, a->len / 2, 2 * sizeof (double), compare_pairs);
      p = (const double *) (gpointer) a->data;
      for (guint i = 2; i < a->len; i += 2)
        g_assert_cmpfloat (p[i - 2] + p[i - 1], <=, p[i]);
    }

  /* Threads: named "gN name", sorted by N. */
  g_hash_table_iter_init (&it, c->thread_names);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      guint64     id = 0;
      const char *name = value;
      const char *space = strchr (name, ' ');

      g_assert_true (name[0] == 'g' && space != NULL);
      {
        g_autofree char *digits = g_strndup (name + 1, (gsize) (space - name - 1));

        g_assert_true (g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT32, &id, NULL));
      }
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (sort_index, key)), ==, (gint) id);
    }

  /* Every flow start has its end with the same name, and both sit on a
   * slice of their track. */
  g_assert_cmpuint (g_hash_table_size (flow_starts), ==, g_hash_table_size (flow_ends));
  g_hash_table_iter_init (&it, flow_starts);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      const char *end = g_hash_table_lookup (flow_ends, key);
      g_auto (GStrv) s = g_strsplit (value, "|", 4);
      g_auto (GStrv) f = NULL;

      g_assert_nonnull (end);
      f = g_strsplit (end, "|", 4);
      g_assert_cmpstr (s[0], ==, f[0]);
      g_assert_cmpstr (s[1], ==, f[1]);
      g_assert_true (slice_covers (c, g_ascii_strtoll (s[2], NULL, 10), g_ascii_strtod (s[3], NULL)));
      g_assert_true (slice_covers (c, g_ascii_strtoll (f[2], NULL, 10), g_ascii_strtod (f[3], NULL)));
    }

  /* Every process is named and has its counter. */
  g_hash_table_iter_init (&it, c->thread_pids);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      g_assert_true (g_hash_table_contains (c->process_names, value));
      g_assert_true (g_hash_table_contains (c->counter_pids, value));
    }
}

/* The tid of the thread named @name in the process whose name starts with
 * @label, or 0. */
static gint64
find_thread (Check *c, const char *label, const char *name)
{
  GHashTableIter it;
  gpointer       key, value;

  g_hash_table_iter_init (&it, c->thread_names);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      gpointer    pid = g_hash_table_lookup (c->thread_pids, key);
      const char *process = g_hash_table_lookup (c->process_names, pid);

      if (g_str_equal (value, name) && g_str_has_prefix (process, label))
        return GPOINTER_TO_INT (key);
    }
  return 0;
}

/* Every goroutine of @trace is a thread of the process named @label …. */
static void
check_goroutines (Check *c, GorTrace *trace, const char *label)
{
  guint          n_threads = 0;
  GHashTableIter it;
  gpointer       key, value;

  for (guint i = 0; i < trace->goroutines->len; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);
      g_autofree char   *name = g_strdup_printf ("g%u %s", g->id, g->name);
      gint64             tid = find_thread (c, label, name);

      g_assert_cmpint (tid, >, 0);
      /* a verdict proven in the run's last step (main returned) has no
       * slice after it */
      g_assert_cmpint (g_hash_table_contains (c->forever_tids, GINT_TO_POINTER (tid)), ==,
                       g->blocked_forever_since >= 0 && g->blocked_forever_since < trace->n_steps);
    }

  g_hash_table_iter_init (&it, c->thread_names);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      gpointer pid = g_hash_table_lookup (c->thread_pids, key);

      if (g_str_has_prefix (g_hash_table_lookup (c->process_names, pid), label))
        n_threads++;
    }
  g_assert_cmpuint (n_threads, ==, trace->goroutines->len);
}

static GorTrace *
run (const char *path, guint64 seed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new_for_path (path, seed, &error);

  g_assert_no_error (error);
  gor_runner_run_sync (runner, NULL);
  return gor_trace_ref (gor_runner_get_trace (runner));
}

static GPtrArray *
load_scenarios (void)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *scenarios = gor_scenario_load_all (gor_scenario_get_default_dir (), &error);

  g_assert_no_error (error);
  return scenarios;
}

static char *
temp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-perfetto-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);

      g_unlink (p);
    }
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_escape (void)
{
  static const struct
  {
    const char *in;
    gssize      len;
    const char *out;
    const char *decoded;
  } cases[] = {
    { "plain", -1, "\"plain\"", "plain" },
    { "", -1, "\"\"", "" },
    { "say \"hi\"", -1, "\"say \\\"hi\\\"\"", "say \"hi\"" },
    { "C:\\go\\", -1, "\"C:\\\\go\\\\\"", "C:\\go\\" },
    { "a\nb\tc\rd\be\ff", -1, "\"a\\nb\\tc\\rd\\be\\ff\"", "a\nb\tc\rd\be\ff" },
    { "\x01\x1f\x7f", -1, "\"\\u0001\\u001f\x7f\"", "\x01\x1f\x7f" },
    { "nul\0byte", 8, "\"nul\\u0000byte\"", NULL },
    { "g7 main.worker — é 中 \xf0\x9f\x90\xb9", -1, "\"g7 main.worker — é 中 \xf0\x9f\x90\xb9\"",
      "g7 main.worker — é 中 \xf0\x9f\x90\xb9" },
    { "bad \xff end", -1, "\"bad \xef\xbf\xbd end\"", "bad \xef\xbf\xbd end" },
    { "cut \xe4\xb8", -1, "\"cut \xef\xbf\xbd\xef\xbf\xbd\"", "cut \xef\xbf\xbd\xef\xbf\xbd" },
    { "\xc3(", -1, "\"\xef\xbf\xbd(\"", "\xef\xbf\xbd(" },
    { "over \xc0\x80", -1, "\"over \xef\xbf\xbd\xef\xbf\xbd\"", "over \xef\xbf\xbd\xef\xbf\xbd" },
    { "sur \xed\xa0\x80", -1, "\"sur \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"",
      "sur \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
    /* The length bounds a multi-byte character too. */
    { "\xc3\xa9", 1, "\"\xef\xbf\xbd\"", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) s = g_string_new ("[");
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;
      JsonArray *array;

      gor_trace_json_append_string (s, cases[i].in, cases[i].len);
      g_assert_cmpstr (s->str + 1, ==, cases[i].out);
      g_assert_true (g_utf8_validate (s->str, (gssize) s->len, NULL));

      /* And a JSON parser reads back the text (valid UTF-8 where it was). */
      g_string_append_c (s, ']');
      json_parser_load_from_data (parser, s->str, (gssize) s->len, &error);
      g_assert_no_error (error);
      array = json_node_get_array (json_parser_get_root (parser));
      g_assert_cmpuint (json_array_get_length (array), ==, 1);
      if (cases[i].decoded)
        g_assert_cmpstr (json_array_get_string_element (array, 0), ==, cases[i].decoded);
    }
}

/* Scenario 01 as `gorolanes export --scenario` writes it. */
static void
test_scenario_01 (void)
{
  g_autoptr (GPtrArray) scenarios = load_scenarios ();
  GorScenario *sc = gor_scenario_find (scenarios, "01-send-without-receiver");
  g_autoptr (GorTrace) leak = NULL;
  g_autoptr (GorTrace) fixed = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s01.json", NULL);
  g_autoptr (GError) error = NULL;
  GHashTableIter it;
  gpointer       value;
  gint64         tid;
  guint          n_leak = 0, n_fixed = 0;
  Check          c;

  g_assert_nonnull (sc);
  leak = run (sc->leak_path, sc->seed);
  fixed = run (sc->fixed_path, sc->seed);
  g_assert_cmpuint (gor_trace_count_blocked_forever (leak), >=, 1);
  g_assert_cmpuint (gor_trace_count_blocked_forever (fixed), ==, 0);

  g_assert_true (gor_export_trace_json (leak, fixed, sc->title, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  check_init (&c);
  check_file (path, &c);

  /* Two processes: the leak and its fix, with the file and the title. */
  g_assert_cmpuint (g_hash_table_size (c.process_names), ==, 2);
  g_hash_table_iter_init (&it, c.process_names);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      g_assert_nonnull (strstr (value, sc->title));
      if (g_str_has_prefix (value, "leak — leak.go"))
        n_leak++;
      else if (g_str_has_prefix (value, "fixed — fixed.go"))
        n_fixed++;
    }
  g_assert_cmpuint (n_leak, ==, 1);
  g_assert_cmpuint (n_fixed, ==, 1);

  check_goroutines (&c, leak, "leak");
  check_goroutines (&c, fixed, "fixed");

  /* The generator goroutine of the leak is blocked forever, the fix has
   * no such slice at all. */
  tid = find_thread (&c, "leak", "g2 main.gen.func1");
  g_assert_cmpint (tid, >, 0);
  g_assert_true (g_hash_table_contains (c.forever_tids, GINT_TO_POINTER (tid)));
  g_hash_table_iter_init (&it, c.forever_tids);
  while (g_hash_table_iter_next (&it, &value, NULL))
    g_assert_true (g_str_has_prefix (
        g_hash_table_lookup (c.process_names, g_hash_table_lookup (c.thread_pids, value)), "leak"));
  /* Its hand-off to main is an arrow in each variant. */
  g_assert_cmpuint (c.n_flows, >=, 2);

  check_clear (&c);
  remove_dir (dir);
}

/* Every bundled scenario, leak and fix, holds to the rules. */
static void
test_all_scenarios (void)
{
  g_autoptr (GPtrArray) scenarios = load_scenarios ();
  g_autofree char *dir = temp_dir ();

  g_assert_cmpuint (scenarios->len, >=, 8);
  for (guint i = 0; i < scenarios->len; i++)
    {
      GorScenario *sc = g_ptr_array_index (scenarios, i);
      g_autoptr (GorTrace) leak = run (sc->leak_path, sc->seed);
      g_autoptr (GorTrace) fixed = run (sc->fixed_path, sc->seed);
      g_autofree char *path = g_build_filename (dir, sc->id, NULL);
      g_autoptr (GError) error = NULL;
      Check c;

      g_test_message ("%s", sc->id);
      g_assert_true (gor_export_trace_json (leak, fixed, sc->title, path, &error));
      g_assert_no_error (error);
      check_init (&c);
      check_file (path, &c);
      g_assert_cmpuint (g_hash_table_size (c.process_names), ==, 2);
      check_goroutines (&c, leak, "leak");
      check_goroutines (&c, fixed, "fixed");
      g_assert_cmpuint (g_hash_table_size (c.forever_tids), <=, gor_trace_count_blocked_forever (leak));
      check_clear (&c);
    }
  remove_dir (dir);
}

/* A trace built by hand: a verdict in the middle of a span splits it, a
 * name with quotes and control characters survives, a program alone is
 * one process. */
static void
test_hand_built (void)
{
  g_autoptr (GorTrace) trace = gor_trace_new ("dir/odd \"name\".go", "", 3);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "t.json", NULL);
  g_autoptr (GError) error = NULL;
  GorTraceGoroutine *main_g, *w, *t;
  GArray            *a;
  gint64             tid;
  Check              c;

  main_g = gor_trace_add_goroutine (trace, 1, 0, "main", NULL, NULL, 0, 0);
  w = gor_trace_add_goroutine (trace, 7, 1, "main.worker\t\"x\"", "main", "odd.go", 5, 1);
  gor_trace_set_state (trace, main_g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  gor_trace_set_state (trace, w, 1, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 5);
  gor_trace_set_state (trace, main_g, 2, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 4);
  gor_trace_set_state (trace, w, 2, GOR_STATE_RUNNING, GOR_REASON_NONE, 6);
  gor_trace_set_state (trace, w, 3, GOR_STATE_BLOCKED, GOR_REASON_MUTEX_LOCK, 7);
  gor_trace_set_state (trace, main_g, 4, GOR_STATE_RUNNING, GOR_REASON_NONE, 8);
  /* Spans recorded out of order, as a timer's wake-up can: the later one
   * wins. */
  t = gor_trace_add_goroutine (trace, 9, 1, "main.tick", "main", "odd.go", 6, 1);
  gor_trace_set_state (trace, t, 1, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 9);
  gor_trace_set_state (trace, t, 3, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 9);
  gor_trace_set_state (trace, t, 4, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 9);
  gor_trace_set_state (trace, t, 3, GOR_STATE_RUNNING, GOR_REASON_NONE, 9);
  gor_trace_set_state (trace, t, 4, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 10);
  gor_trace_set_vtime (trace, 4, 1000);
  gor_trace_add_handoff (trace, 7, 2, 1, 4, 1);
  /* A hand-off from a goroutine that does not exist then has no arrow. */
  gor_trace_add_handoff (trace, 7, 0, 1, 4, 1);
  gor_trace_set_n_steps (trace, 9);
  gor_trace_mark_blocked_forever (trace, w, 6, GOR_REASON_MUTEX_LOCK, 7);
  gor_trace_set_state (trace, main_g, 9, GOR_STATE_EXITED, GOR_REASON_NONE, 8);
  gor_trace_set_state (trace, w, 9, GOR_STATE_KILLED, GOR_REASON_MUTEX_LOCK, 7);
  gor_trace_set_state (trace, t, 9, GOR_STATE_KILLED, GOR_REASON_CHAN_RECV, 10);
  gor_trace_finish (trace, GOR_END_MAIN_RETURNED, 0, NULL);

  g_assert_true (gor_export_trace_json (trace, NULL, NULL, path, &error));
  g_assert_no_error (error);
  check_init (&c);
  check_file (path, &c);

  g_assert_cmpuint (g_hash_table_size (c.process_names), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (c.process_names, GINT_TO_POINTER (1)), ==, "leak — odd \"name\".go");
  tid = find_thread (&c, "leak", "g7 main.worker\t\"x\"");
  g_assert_cmpint (tid, ==, 7);
  g_assert_cmpint (find_thread (&c, "leak", "g1 main"), ==, 1);
  /* runnable [1,2), running [2,3), blocked [3,6), blocked forever [6,9) */
  a = g_hash_table_lookup (c.slices, GINT_TO_POINTER (tid));
  g_assert_cmpuint (a->len, ==, 8);
  g_assert_cmpfloat (g_array_index (a, double, 4), ==, 3);
  g_assert_cmpfloat (g_array_index (a, double, 5), ==, 3);
  g_assert_cmpfloat (g_array_index (a, double, 6), ==, 6);
  g_assert_cmpfloat (g_array_index (a, double, 7), ==, 3);
  g_assert_true (g_hash_table_contains (c.forever_tids, GINT_TO_POINTER (tid)));
  g_assert_cmpuint (c.n_flows, ==, 1);
  /* runnable [1,3), running [3,4), blocked [4,9) */
  a = g_hash_table_lookup (c.slices, GINT_TO_POINTER (9));
  g_assert_cmpuint (a->len, ==, 6);
  g_assert_cmpfloat (g_array_index (a, double, 2), ==, 3);
  g_assert_cmpfloat (g_array_index (a, double, 3), ==, 1);
  g_assert_cmpfloat (g_array_index (a, double, 4), ==, 4);
  g_assert_cmpuint (c.n_slices, ==, 4 + 3 + 3);
  check_clear (&c);

  /* The text itself: the split names, the virtual clock, the counter that
   * still shows the goroutine blocked forever at the end. */
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "\"name\":\"blocked: sync.Mutex.Lock\""));
    g_assert_nonnull (strstr (text, "\"name\":\"blocked forever: sync.Mutex.Lock\""));
    g_assert_nonnull (strstr (text, "\"source\":\"odd \\\"name\\\".go:7\""));
    g_assert_nonnull (strstr (text, "\"vtime_ns\":1000"));
    g_assert_nonnull (strstr (text, "\"ts\":6,\"name\":\"goroutines\",\"args\":{\"running\":1,\"runnable\":0,"
                                    "\"blocked\":1,\"sleeping\":0,\"blocked forever\":1,"
                                    "\"still blocked when main returned\":0}"));
    g_assert_null (strstr (text, "\"ts\":9,\"name\":\"goroutines\""));
  }
  remove_dir (dir);
}

/* A file that cannot be written: an error that names it, and nothing left
 * behind, not even the temporary file. */
static void
test_unwritable (void)
{
  g_autoptr (GorTrace) trace = gor_trace_new ("p.go", "", 1);
  g_autofree char   *dir = temp_dir ();
  g_autofree char   *missing = g_build_filename (dir, "nope", "x.json", NULL);
  g_autofree char   *a_dir = g_build_filename (dir, "a-dir", NULL);
  g_autofree char   *a_file = g_build_filename (dir, "a-file", NULL);
  g_autofree char   *through_file = g_build_filename (a_file, "x.json", NULL);
  const char        *paths[] = { missing, a_dir, through_file };
  GorTraceGoroutine *g = gor_trace_add_goroutine (trace, 1, 0, "main", NULL, NULL, 0, 0);

  gor_trace_set_state (trace, g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 1);
  gor_trace_set_n_steps (trace, 1);
  gor_trace_finish (trace, GOR_END_MAIN_RETURNED, 0, NULL);
  g_assert_cmpint (g_mkdir (a_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (a_file, "", 0, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *start = g_strdup_printf ("cannot write %s: ", paths[i]);

      g_assert_false (gor_export_trace_json (trace, NULL, NULL, paths[i], &error));
      g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE);
      g_assert_true (g_str_has_prefix (error->message, start));
      g_assert_null (strchr (error->message, '\n'));
      g_assert_cmpuint (count_entries (dir), ==, 2);
      g_assert_cmpuint (count_entries (a_dir), ==, 0);
    }

  g_rmdir (a_dir);
  remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/trace-json/escape", test_escape);
  g_test_add_func ("/core/trace-json/hand-built", test_hand_built);
  g_test_add_func ("/core/trace-json/scenario-01", test_scenario_01);
  g_test_add_func ("/core/trace-json/all-scenarios", test_all_scenarios);
  g_test_add_func ("/core/trace-json/unwritable", test_unwritable);

  return g_test_run ();
}
