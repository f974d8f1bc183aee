/* test-window-layout.c — presentation mode fits a projector's screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every bundled scenario, at its end (the lesson banner and both captions
 * showing), in presentation mode at 1280×720 and 1920×1080: the timeline
 * keeps most of the height, and its lanes, legend and count strips are all
 * in sight without scrolling.  A program of its own, as it loads the
 * window's style sheet (see test-window-caption.c).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "gor-window.h"
#include "gor-window-private.h"
#include "test-input.h"
#include "test-window-support.h"

static const char *const scenarios[] = {
  "01-send-without-receiver",         "02-receive-without-sender",  "03-nil-channel",
  "04-mutex-never-unlocked",          "05-waitgroup-wrong-count",   "06-function-returns-goroutine-stays",
  "07-equal-turns-at-any-depth",      "08-request-loop-grows",      "09-lock-held-while-sending",
  "10-producer-after-consumer-error", "11-ticker-loop-never-stops", "12-context-never-cancelled",
  "13-wait-while-holding-lock",       "14-recursive-read-lock",     "15-range-never-closed",
  "16-error-return-before-draining",
};

/* Lets a few frames go by (layout settles after the scale changes). */
static void
settle (void)
{
  for (int i = 0; i < 30; i++)
    {
      g_usleep (3000);
      test_window_iterate ();
    }
}

static gboolean
finished (GorPlayback *playback)
{
  return gor_playback_get_finished (playback);
}

static void
check_layout (int width, int height, int least_timeline)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/gorolanes/Gorolanes/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      GorWindow   *window = gor_window_new (app);
      GorPlayback *playback = gor_window_get_playback (window);
      GorTimeline *timeline = gor_window_get_timeline (window);
      gint64       deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      int          h;
      double       hidden;

      g_assert_true (gor_window_show_scenario (window, scenarios[i]));
      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
      test_input_show (GTK_WINDOW (window));
      g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
      while (!finished (playback) && g_get_monotonic_time () < deadline)
        {
          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (2000);
        }
      g_assert_true (finished (playback));
      gor_playback_set_playhead (playback, gor_playback_get_n_steps (playback));
      settle ();
      /* At the end the lesson banner shows. */
      g_assert_nonnull (gor_window_get_banner_text (window));
      /* The size asked for, less the client-side decorations. */
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), >=, height - 20);

      h = gtk_widget_get_height (GTK_WIDGET (timeline));
      hidden = gor_timeline_get_hidden_height (timeline);
      if (g_test_verbose ())
        g_test_message ("%s at %d×%d: timeline %d px, %.0f px hidden", scenarios[i], width, height, h,
                        hidden);
      g_assert_cmpint (h, >=, least_timeline);
      g_assert_cmpfloat (hidden, <=, 0.0);

      gtk_window_destroy (GTK_WINDOW (window));
      test_window_iterate ();
    }
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
  test_window_iterate ();
}

/* 720 lines: the banner is one line, the room above the timeline tight. */
static void
test_present_720 (void)
{
  check_layout (1280, 720, 540);
}

static void
test_present_1080 (void)
{
  check_layout (1920, 1080, 820);
}

static void
add_tests (void)
{
  g_test_add_func ("/ui/present/layout-720", test_present_720);
  g_test_add_func ("/ui/present/layout-1080", test_present_1080);
}

int
main (int argc, char *argv[])
{
  return test_window_run (&argc, &argv, add_tests);
}
