/* gor-test-go.h — runs Go programs under the core and compares with what
 * Go 1.23 printed for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programs live in tests/programs/SUITE/NAME.go, each with the
 * recordings tests/go-oracle.py makes from the Go binary: NAME.out (its
 * stdout), NAME.err (its whole stderr), NAME.status (its exit status) —
 * or, for a program Go refuses to build, NAME.msg (the first line of
 * `go build`'s message).  A NAME.todo next to them marks a known
 * difference of Gorolanes, saying what it prints instead: the case is
 * reported as TODO while it differs, and fails once it matches, so that
 * the mark goes away with the difference.
 */
#pragma once

#include <string.h>
#include <glib.h>

#include "gor-runner.h"

typedef struct
{
  char *name; /* NAME */
  char *file; /* tests/programs/SUITE/NAME.go, as the runner names it */
  char *source;
  char *out; /* NULL for a program Go refuses */
  char *err;
  int   status;
  char *msg;  /* NULL for a program that runs */
  char *todo; /* NULL unless a known difference */
} GorGoProgram;

typedef struct
{
  GString *out;
  GString *err;
} GorCaptured;

static inline void
gor_test_capture_cb (const char *text, gsize len, gboolean is_stderr, gpointer user_data)
{
  GorCaptured *cap = user_data;

  g_string_append_len (is_stderr ? cap->err : cap->out, text, (gssize) len);
}

static inline char *
gor_test_first_line (const char *s)
{
  const char *nl = strchr (s, '\n');

  return nl ? g_strndup (s, (gsize) (nl - s)) : g_strdup (s);
}

/* What of a stderr is compared with Go's: all of it up to the first
 * goroutine dump ("goroutine 1 [...]:" at the start of a line) — the
 * program's own prints and the panic or fatal error message — less the
 * "[signal SIGSEGV: …]" line Go adds to a nil dereference's panic.  The
 * dumps and that line hold Go's runtime frames, goroutine ids and machine
 * addresses, which a simulator does not share (tests/run-go-tests.py
 * applies the same rule). */
static inline char *
gor_test_stderr_message (const char *s)
{
  GString    *message = g_string_new (NULL);
  const char *line = s;

  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize       len = end ? (gsize) (end - line + 1) : strlen (line);

      if (g_str_has_prefix (line, "goroutine "))
        {
          const char *p = line + strlen ("goroutine ");
          const char *digits = p;

          /* go-oracle.py writes ids other than main's as N */
          if (*p == 'N')
            p++;
          else
            while (g_ascii_isdigit (*p))
              p++;
          if (p > digits && g_str_has_prefix (p, " ["))
            break;
        }
      if (!g_str_has_prefix (line, "[signal "))
        g_string_append_len (message, line, (gssize) len);
      line += len;
    }
  return g_string_free (message, FALSE);
}

/* Runs @source as @filename; returns the exit status (1 when it does not
 * compile, with the message as stderr). */
static inline int
gor_test_run_named (const char *filename, const char *source, guint64 seed, gboolean record, GString *out,
                    GString *err, GorTrace **trace_out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new (filename, source, -1, seed, &error);
  GorCaptured cap = { out, err };
  int         status;

  if (runner == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      return 1;
    }
  gor_runner_set_record (runner, record);
  gor_runner_set_output_func (runner, gor_test_capture_cb, &cap, NULL);
  status = gor_runner_run_sync (runner, NULL);
  if (trace_out)
    *trace_out = gor_trace_ref (gor_runner_get_trace (runner));
  return status;
}

static inline int
gor_test_run (const char *source, guint64 seed, gboolean record, GString *out, GString *err,
              GorTrace **trace_out)
{
  return gor_test_run_named ("prog.go", source, seed, record, out, err, trace_out);
}

static inline void
gor_test_program_free (gpointer data)
{
  GorGoProgram *p = data;

  g_free (p->name);
  g_free (p->file);
  g_free (p->source);
  g_free (p->out);
  g_free (p->err);
  g_free (p->msg);
  g_free (p->todo);
  g_free (p);
}

static inline char *
gor_test_read_recording (const char *dir, const char *name, const char *ext)
{
  g_autofree char *base = g_strconcat (name, ext, NULL);
  g_autofree char *path = g_build_filename (dir, base, NULL);
  char            *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

/* Reads tests/programs/@suite/NAME.go and its recordings. */
static inline GorGoProgram *
gor_test_program_load (const char *suite, const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "programs", suite, NULL);
  g_autofree char *status = NULL;
  g_autofree char *todo = NULL;
  GorGoProgram    *p = g_new0 (GorGoProgram, 1);

  p->name = g_strdup (name);
  p->file = g_strdup_printf ("tests/programs/%s/%s.go", suite, name);
  p->source = gor_test_read_recording (dir, name, ".go");
  g_assert_nonnull (p->source);
  p->msg = gor_test_read_recording (dir, name, ".msg");
  if (p->msg == NULL)
    {
      p->out = gor_test_read_recording (dir, name, ".out");
      p->err = gor_test_read_recording (dir, name, ".err");
      status = gor_test_read_recording (dir, name, ".status");
      if (p->out == NULL || p->err == NULL || status == NULL)
        g_error ("%s: no NAME.out, .err and .status (tests/go-oracle.py --record)", p->file);
      p->status = (int) g_ascii_strtoll (status, NULL, 10);
    }
  else
    g_strchomp (p->msg);
  todo = gor_test_read_recording (dir, name, ".todo");
  if (todo != NULL)
    p->todo = g_strdup (g_strstrip (todo));
  return p;
}

/* Reports a difference: fatal, unless the program carries a .todo. */
static inline void
gor_test_verdict (const GorGoProgram *p, const char *difference)
{
  if (p->todo != NULL && difference != NULL)
    g_test_incomplete (p->todo);
  else if (p->todo != NULL)
    g_test_fail_printf ("%s: Gorolanes now matches Go: remove its .todo", p->file);
  else if (difference != NULL)
    g_test_fail_printf ("%s: %s", p->file, difference);
}

static inline void
gor_test_check_program (gconstpointer data)
{
  const GorGoProgram  *p = data;
  static const guint64 seeds[] = { 1, 2, 42 };
  g_autofree char     *difference = NULL;

  if (p->msg != NULL)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      g_autoptr (GString) err = g_string_new (NULL);
      int              status = gor_test_run_named (p->file, p->source, 1, TRUE, out, err, NULL);
      g_autofree char *first = gor_test_first_line (err->str);

      g_assert_cmpint (status, ==, 1);
      g_assert_cmpstr (out->str, ==, "");
      if (!g_str_equal (first, p->msg))
        difference = g_strdup_printf ("message \"%s\", Go says \"%s\"", first, p->msg);
      gor_test_verdict (p, difference);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (seeds) && difference == NULL; i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      g_autoptr (GString) err = g_string_new (NULL);
      int              status = gor_test_run_named (p->file, p->source, seeds[i], i == 1, out, err, NULL);
      g_autofree char *got_message = gor_test_stderr_message (err->str);
      g_autofree char *want_message = gor_test_stderr_message (p->err);

      if (!g_str_equal (out->str, p->out))
        {
          g_test_message ("stdout:\n%s\nGo printed:\n%s", out->str, p->out);
          difference = g_strdup_printf ("seed %" G_GUINT64_FORMAT ": stdout differs", seeds[i]);
        }
      else if (!g_str_equal (got_message, want_message))
        {
          g_test_message ("stderr:\n%s\nGo printed:\n%s", got_message, want_message);
          difference = g_strdup_printf ("seed %" G_GUINT64_FORMAT ": stderr differs", seeds[i]);
        }
      else if (status != p->status)
        difference = g_strdup_printf ("seed %" G_GUINT64_FORMAT ": exit status %d, Go's %d", seeds[i], status,
                                      p->status);
    }
  gor_test_verdict (p, difference);
}

static inline int
gor_test_compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Adds a test PREFIX/NAME for every tests/programs/@suite/NAME.go; the
 * programs go to @keep, to be freed after the run. */
static inline void
gor_test_add_programs (const char *prefix, const char *suite, GPtrArray *keep)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "programs", suite, NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (entry, ".go"))
      g_ptr_array_add (names, g_strndup (entry, strlen (entry) - 3));
  g_assert_cmpuint (names->len, >, 0);
  g_ptr_array_sort (names, gor_test_compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      GorGoProgram    *p = gor_test_program_load (suite, names->pdata[i]);
      g_autofree char *path = g_strdup_printf ("%s/%s", prefix, p->name);

      g_ptr_array_add (keep, p);
      g_test_add_data_func (path, p, gor_test_check_program);
    }
}
