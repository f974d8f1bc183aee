/* test-explore-strip.c — the window's exploration strip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The strip runs the schedules of tests/explore/send-close.go and its fix
 * in the background, says how many leaked, draws a cell per schedule and
 * gives the seed of a clicked cell.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "gor-explore-strip.h"

static char *
read_program (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "explore", name, NULL);
  char            *source = NULL;

  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
  return source;
}

static void
finished_cb (GorExploreStrip *strip, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
seed_cb (GorExploreStrip *strip, guint64 seed, gpointer user_data)
{
  *(guint64 *) user_data = seed;
}

/* Spins the main loop until "finished"; the loop must keep turning while
 * the schedules run. */
static void
wait_finished (GorExploreStrip *strip, gboolean *finished)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint  turns = 0;

  while (!*finished)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
      turns++;
    }
  g_assert_cmpuint (turns, >, 0);
  g_assert_false (gor_explore_strip_is_running (strip));
}

static void
test_strip_explores (void)
{
  g_autofree char        *leak = read_program ("send-close.go");
  g_autofree char        *fixed = read_program ("send-close-fixed.go");
  GtkWidget              *window = gtk_window_new ();
  GtkWidget              *strip = gor_explore_strip_new ();
  gboolean                finished = FALSE;
  guint64                 seed = 0;
  const GorExploreResult *r, *f;
  g_autofree char        *expected = NULL;
  guint                   leaky = G_MAXUINT;

  gtk_window_set_child (GTK_WINDOW (window), strip);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 100);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (strip, "finished", G_CALLBACK (finished_cb), &finished);
  g_signal_connect (strip, "seed-activated", G_CALLBACK (seed_cb), &seed);

  gor_explore_strip_start (GOR_EXPLORE_STRIP (strip), "send-close.go", leak, "send-close-fixed.go", fixed,
                           120);
  g_assert_true (gor_explore_strip_is_running (GOR_EXPLORE_STRIP (strip)));
  g_assert_true (
      g_str_has_prefix (gor_explore_strip_get_header (GOR_EXPLORE_STRIP (strip)), "Exploring 240"));
  wait_finished (GOR_EXPLORE_STRIP (strip), &finished);

  r = gor_explore_strip_get_result (GOR_EXPLORE_STRIP (strip), 0);
  f = gor_explore_strip_get_result (GOR_EXPLORE_STRIP (strip), 1);
  g_assert_nonnull (r);
  g_assert_nonnull (f);
  g_assert_cmpuint (r->n_schedules, ==, 120);
  g_assert_cmpuint (r->n_leaky, >, 0);
  g_assert_cmpuint (r->n_leaky, <, 120);
  g_assert_cmpuint (f->n_leaky, ==, 0);
  expected = g_strdup_printf ("blocked forever in %u of 120 schedules · fixed: 0 of 120", r->n_leaky);
  g_assert_cmpstr (gor_explore_strip_get_header (GOR_EXPLORE_STRIP (strip)), ==, expected);

  /* a leaky cell gives its seed, the one run --seed replays */
  for (guint i = 0; i < r->n_schedules && leaky == G_MAXUINT; i++)
    if (r->blocked_counts[i] > 0)
      leaky = i;
  gor_explore_strip_activate_cell (GOR_EXPLORE_STRIP (strip), 0, leaky);
  g_assert_cmpuint (seed, ==, (guint64) leaky + 1);
  /* outside the row: nothing */
  seed = 0;
  gor_explore_strip_activate_cell (GOR_EXPLORE_STRIP (strip), 0, 500);
  g_assert_cmpuint (seed, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cancel: no result, the header says so, the strip can start again. */
static void
test_strip_cancel (void)
{
  g_autofree char *leak = read_program ("ticker-loop.go");
  GtkWidget       *window = gtk_window_new ();
  GtkWidget       *strip = gor_explore_strip_new ();
  gboolean         finished = FALSE;

  gtk_window_set_child (GTK_WINDOW (window), strip);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (strip, "finished", G_CALLBACK (finished_cb), &finished);
  gor_explore_strip_start (GOR_EXPLORE_STRIP (strip), "ticker-loop.go", leak, NULL, NULL, 1000000);
  gor_explore_strip_cancel (GOR_EXPLORE_STRIP (strip));
  wait_finished (GOR_EXPLORE_STRIP (strip), &finished);
  g_assert_null (gor_explore_strip_get_result (GOR_EXPLORE_STRIP (strip), 0));
  g_assert_cmpstr (gor_explore_strip_get_header (GOR_EXPLORE_STRIP (strip)), ==, "Exploration cancelled");

  finished = FALSE;
  gor_explore_strip_start (GOR_EXPLORE_STRIP (strip), "ticker-loop.go", leak, NULL, NULL, 20);
  wait_finished (GOR_EXPLORE_STRIP (strip), &finished);
  g_assert_cmpuint (gor_explore_strip_get_result (GOR_EXPLORE_STRIP (strip), 0)->n_schedules, ==, 20);
  g_assert_null (gor_explore_strip_get_result (GOR_EXPLORE_STRIP (strip), 1));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closed while it runs: the thread is cancelled and nothing is left. */
static void
test_strip_destroyed_while_running (void)
{
  g_autofree char *leak = read_program ("ticker-loop.go");
  GtkWidget       *window = gtk_window_new ();
  GtkWidget       *strip = gor_explore_strip_new ();
  gint64           until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  g_object_ref (strip);
  gtk_window_set_child (GTK_WINDOW (window), strip);
  gor_explore_strip_start (GOR_EXPLORE_STRIP (strip), "ticker-loop.go", leak, NULL, NULL, 1000000);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (strip), (gpointer *) &strip);
  g_object_unref (strip);
  /* the task does not hold the strip: it is gone at once, on this thread */
  g_assert_null (strip);
  /* the cancelled task's callback comes later and finds it gone */
  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/explore-strip/explores", test_strip_explores);
  g_test_add_func ("/ui/explore-strip/cancel", test_strip_cancel);
  g_test_add_func ("/ui/explore-strip/destroyed-while-running", test_strip_destroyed_while_running);
  return g_test_run ();
}
