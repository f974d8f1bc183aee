/* gor-test-go.h — runs Go programs under the core and compares with what
 * the Go 1.19 binary printed for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>
#include <glib.h>

#include "gor-runner.h"

typedef struct
{
  const char *name;
  const char *source;
  const char *out;    /* stdout of the compiled Go program */
  const char *err;    /* first line of its stderr ("" when none) */
  int         status; /* its exit status (1: `go build` refused it) */
} GorGoCase;

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

/* Runs @source as prog.go; returns the exit status (1 when it does not
 * compile, with the message as stderr). */
static inline int
gor_test_run (const char *source, guint64 seed, gboolean record, GString *out, GString *err,
              GorTrace **trace_out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("prog.go", source, -1, seed, &error);
  GorCaptured cap = { out, err };
  int status;

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

static inline void
gor_test_check_case (gconstpointer data)
{
  const GorGoCase *c = data;
  static const guint64 seeds[] = { 1, 2, 42 };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      g_autoptr (GString) err = g_string_new (NULL);
      g_autofree char *first = NULL;
      int status = gor_test_run (c->source, seeds[i], i == 1, out, err, NULL);

      first = gor_test_first_line (err->str);
      g_assert_cmpstr (out->str, ==, c->out);
      g_assert_cmpstr (first, ==, c->err);
      g_assert_cmpint (status, ==, c->status);
    }
}

static inline void
gor_test_add_cases (const char *prefix, const GorGoCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s", prefix, cases[i].name);

      g_test_add_data_func (path, &cases[i], gor_test_check_case);
    }
}
