/* test-timeval.c — time.Time printing from the virtual clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's time.Now() is the wall clock, so no recording of Go can hold what
 * Gorolanes prints for it: Gorolanes starts the clock at the Go
 * playground's epoch, 2009-11-10 23:00:00 UTC, with the monotonic reading
 * m=+0.000000001.  The layout is Go's Time.String ("2006-01-02
 * 15:04:05.999999999 -0700 MST" and, for a time read from the clock,
 * " m=±<seconds>.<9 digits>"); the corpus programs 560-… check the same
 * layout against Go on time.Date values.
 */

#include "config.h"

#include "gor-test-go.h"
#include "gor-time-private.h"

static char *
time_string (gint64 t)
{
  GString *s = g_string_new (NULL);

  _gor_time_stringer (s, "time.Time", t);
  return g_string_free (s, FALSE);
}

static void
test_clock_string (void)
{
  static const struct
  {
    gint64      now;
    const char *text;
  } cases[] = {
    { 0, "2009-11-10 23:00:00 +0000 UTC m=+0.000000001" },
    { G_GINT64_CONSTANT (1500000000), "2009-11-10 23:00:01.5 +0000 UTC m=+1.500000001" },
    { G_GINT64_CONSTANT (3600000000000), "2009-11-11 00:00:00 +0000 UTC m=+3600.000000001" },
    { G_GINT64_CONSTANT (-3600000000000), "2009-11-10 22:00:00 +0000 UTC m=-3599.999999999" },
    { G_GINT64_CONSTANT (86400000000000) * 365, "2010-11-10 23:00:00 +0000 UTC m=+31536000.000000001" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = time_string (_gor_time_from_clock (cases[i].now));

      g_assert_cmpstr (s, ==, cases[i].text);
    }
}

static void
test_wall_string (void)
{
  g_autofree char *zero = time_string (0);
  g_autofree char *epoch = time_string (_gor_time_from_unix (0, 0));
  g_autofree char *frac = time_string (_gor_time_from_unix (1257894000, 120000000));
  GString         *f = g_string_new (NULL);

  g_assert_cmpstr (zero, ==, "0001-01-01 00:00:00 +0000 UTC");
  g_assert_cmpstr (epoch, ==, "1970-01-01 00:00:00 +0000 UTC");
  g_assert_cmpstr (frac, ==, "2009-11-10 23:00:00.12 +0000 UTC");
  _gor_time_format (f, _gor_time_from_clock (0), "2006-01-02T15:04:05Z07:00 Mon Jan _2 3:04PM", 43);
  g_assert_cmpstr (f->str, ==, "2009-11-10T23:00:00Z Tue Nov 10 11:00PM");
  g_string_free (f, TRUE);
}

/* Now, a timer's channel and Since through fmt, as a program sees them. */
static void
test_program (void)
{
  static const char source[]
      = "package main\n"
        "\n"
        "import (\n"
        "\t\"fmt\"\n"
        "\t\"time\"\n"
        ")\n"
        "\n"
        "func main() {\n"
        "\tstart := time.Now()\n"
        "\tfmt.Println(start.Format(time.DateTime), start.Year(), start.Weekday())\n"
        "\tt := <-time.After(time.Hour)\n"
        "\tfmt.Println(t.Sub(start).Round(time.Second), time.Since(start).Round(time.Second))\n"
        "\tfmt.Println(t.Round(time.Second))\n"
        "\tfmt.Printf(\"%v\\n\", time.Now())\n"
        "}\n";
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;

  g_assert_cmpint (gor_test_run (source, 1, FALSE, out, err, NULL), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  lines = g_strsplit (out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==, "2009-11-10 23:00:00 2009 Tuesday");
  g_assert_cmpstr (lines[1], ==, "1h0m0s 1h0m0s");
  g_assert_cmpstr (lines[2], ==, "2009-11-11 00:00:00 +0000 UTC");
  g_assert_true (g_regex_match_simple ("^2009-11-11 00:00:00(\\.[0-9]+)? \\+0000 UTC m=\\+3600\\.[0-9]{9}$",
                                       lines[3], 0, 0));
}

/* A time sent on a channel shows in the trace as its clock time. */
static void
test_trace_value (void)
{
  static const char source[] = "package main\n"
                               "\n"
                               "import \"time\"\n"
                               "\n"
                               "func main() {\n"
                               "\tch := make(chan time.Time, 1)\n"
                               "\tch <- time.Date(2024, 1, 2, 3, 4, 5, 6000000, time.UTC)\n"
                               "\t<-ch\n"
                               "}\n";
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  GorTrace *trace = NULL;
  gboolean  found = FALSE;

  g_assert_cmpint (gor_test_run (source, 1, TRUE, out, err, &trace), ==, 0);
  for (guint32 s = 0; s < trace->n_steps; s++)
    {
      const GorStepEvent *ev = gor_trace_event_at (trace, s);

      if (ev && ev->value_kind == GOR_EVENT_VALUE_TEXT)
        {
          g_assert_cmpstr (gor_trace_event_text (trace, ev), ==, "03:04:05.006");
          found = TRUE;
        }
    }
  g_assert_true (found);
  gor_trace_unref (trace);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/time/clock-string", test_clock_string);
  g_test_add_func ("/core/time/wall-string", test_wall_string);
  g_test_add_func ("/core/time/program", test_program);
  g_test_add_func ("/core/time/trace-value", test_trace_value);
  return g_test_run ();
}
